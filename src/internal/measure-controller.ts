import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../i18n/messages.js';

/** What a layout is given: the room, the language and the chart font size in px. */
export interface LayoutSize {
  width: number;
  locale: Locale;
  fontSize: number;
}

/**
 * The room a widget's charts have, and its font size, for the pure layouts.
 *
 * It watches an empty box as wide as the charts may be, whose height never changes: observing
 * it rather than the host (whose height changes with every redraw) keeps ResizeObserver from
 * reporting a loop error on the host page. The box is made here, not in render(), so that it
 * is observed from the start and its first size never schedules an extra update. It is 1em
 * tall: its height is the font size, read without forcing a style recalc (getComputedStyle
 * in every widget's update cost 100 widgets a recalc each). A plain ResizeObserver rather than
 * Lit's ResizeController: the same few lines, without its ~0.5 KB gzip.
 */
export class MeasureController implements ReactiveController {
  /** The box, placed in the frame by the widget's render. */
  readonly box = Object.assign(document.createElement('div'), { className: 'measure' });
  /** The box's width and font size, once it has been laid out. */
  size?: { width: number; fontSize: number };
  private readonly observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    this.size = { width: entry.contentRect.width, fontSize: entry.contentRect.height };
    this.host.requestUpdate();
  });

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    this.observer.observe(this.box);
  }

  hostDisconnected() {
    this.observer.disconnect();
  }

  /**
   * The size a layout is given at a width. Chart text a step below the body's; in large mode
   * (适老化) the body's own size, 18 px or more.
   */
  layoutSize(width: number, locale: Locale, large: boolean): LayoutSize {
    const fontSize = (large ? 1 : 0.875) * (this.size?.fontSize || 16);
    return { width: Math.max(120, width), locale, fontSize };
  }
}
