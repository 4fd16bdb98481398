import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The tooltip shown: the mark it belongs to, its words and where it goes. */
export interface Tip {
  chart: string;
  index: number;
  text: string;
  /** Position in px from the figure's top-left corner. */
  x: number;
  y: number;
}

/** How long a tooltip waits before hiding when the pointer leaves, so it can be reached. */
const GRACE_MS = 300;

const markOf = (event: Event) =>
  (event.target as Element | null)?.closest?.<SVGElement>('[data-chart][data-index]') ?? null;

/**
 * Keyboard and pointer access to the marks of every chart, and the tooltip (WCAG 2.1.1,
 * 2.4.7, 1.4.13). Each chart is one Tab stop: its marks share a roving tabindex, the arrow
 * keys move between them, Home and End jump to the ends, Enter or Space does what a click
 * does. A mark shows its tooltip on hover, on focus and on touch; the tooltip can be hovered
 * without vanishing, stays until the pointer or focus leaves, and Escape dismisses it.
 *
 * Marks are any SVG elements with `data-chart` and `data-index`; the handlers are attached
 * once per <svg> and find the mark from the event target, so the chart partials stay simple.
 */
export class MarkController implements ReactiveController {
  private active = new Map<string, number>();
  /** The mark that has focus, as `chart/index`. */
  focused?: string;
  tip?: Tip;
  private hideTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when the reader chooses a mark (click, tap, or Enter/Space): its chart and index. */
    private readonly onSelect: (chart: string, index: number) => void = () => {},
  ) {
    host.addController(this);
  }

  /** A click on a mark (a tap, or Enter/Space, arrive as clicks too) selects it. */
  onClick = (event: MouseEvent) => {
    const mark = markOf(event);
    if (mark) this.onSelect(mark.getAttribute('data-chart')!, Number(mark.getAttribute('data-index')));
  };

  hostDisconnected() {
    clearTimeout(this.hideTimer);
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  /** Escape dismisses a tooltip shown by hover too, when focus is elsewhere on the page. */
  private onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.hide();
  };

  /** 0 for the one mark of a chart that Tab reaches, -1 for the others. */
  tabIndex(chart: string, index: number): 0 | -1 {
    return (this.active.get(chart) ?? 0) === index ? 0 : -1;
  }

  /** Forgets positions (a new report has other marks). */
  reset() {
    this.active.clear();
    this.focused = undefined;
    this.tip = undefined;
  }

  private show(mark: Element) {
    clearTimeout(this.hideTimer);
    const figure = mark.closest('figure');
    if (!figure) return;
    const box = mark.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    this.tip = {
      chart: mark.getAttribute('data-chart')!,
      index: Number(mark.getAttribute('data-index')),
      text: mark.getAttribute('aria-label') ?? '',
      x: Math.max(0, box.left - frame.left),
      y: box.bottom - frame.top + 6,
    };
    document.addEventListener('keydown', this.onDocumentKeydown);
    this.host.requestUpdate();
  }

  hide = () => {
    clearTimeout(this.hideTimer);
    document.removeEventListener('keydown', this.onDocumentKeydown);
    if (!this.tip) return;
    this.tip = undefined;
    this.host.requestUpdate();
  };

  private hideSoon() {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(this.hide, GRACE_MS);
  }

  onKeydown = (event: KeyboardEvent) => {
    const mark = markOf(event);
    if (!mark) return;
    const chart = mark.getAttribute('data-chart')!;
    const index = Number(mark.getAttribute('data-index'));
    const count = mark.ownerSVGElement?.querySelectorAll(`[data-chart="${chart}"][data-index]`).length ?? 1;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(count - 1, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        if (this.tip) {
          event.preventDefault();
          this.hide();
        }
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next === index) return;
    this.active.set(chart, next);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const target = mark.ownerSVGElement?.querySelector<SVGElement>(`[data-chart="${chart}"][data-index="${next}"]`);
      target?.focus();
    });
  };

  onFocusIn = (event: FocusEvent) => {
    const mark = markOf(event);
    if (!mark) return;
    const chart = mark.getAttribute('data-chart')!;
    const index = Number(mark.getAttribute('data-index'));
    this.active.set(chart, index);
    this.focused = `${chart}/${index}`;
    this.show(mark);
  };

  onFocusOut = () => {
    this.focused = undefined;
    this.hide();
  };

  onPointerOver = (event: PointerEvent) => {
    const mark = markOf(event);
    if (mark && event.pointerType !== 'touch') this.show(mark);
  };

  onPointerOut = (event: PointerEvent) => {
    if (markOf(event) && event.pointerType !== 'touch' && !this.focused) this.hideSoon();
  };

  /** A tap shows a mark's tooltip; a second tap on the same mark, or a tap elsewhere, hides it. */
  onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return;
    const mark = markOf(event);
    if (!mark) return this.hide();
    const same = this.tip && this.tip.chart === mark.getAttribute('data-chart') && this.tip.index === Number(mark.getAttribute('data-index'));
    if (same) this.hide();
    else this.show(mark);
  };

  /**
   * Places the tooltip after each render through the CSSOM (`element.style`), which a strict
   * CSP allows; a `style` attribute, which styleMap writes on its first render, would be
   * blocked under `style-src 'self'`. (Lit's ref directive did the same for 0.6 KB more.)
   */
  hostUpdated() {
    const el = this.tip && this.host.shadowRoot?.querySelector<HTMLElement>('.tooltip');
    if (el) {
      el.style.left = `${Math.round(this.tip!.x)}px`;
      el.style.top = `${Math.round(this.tip!.y)}px`;
    }
  }

  /** The tooltip; hovering it keeps it open. */
  renderTip() {
    const tip = this.tip;
    if (!tip) return nothing;
    return html`<div
      class="tooltip"
      part="tooltip"
      role="tooltip"
      @pointerenter=${() => clearTimeout(this.hideTimer)}
      @pointerleave=${() => this.hideSoon()}
    >
      ${tip.text}
    </div>`;
  }
}
