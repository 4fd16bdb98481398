import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from '../i18n/messages.js';

/**
 * The language an element speaks: its own `lang` attribute, or the nearest ancestor's, or
 * zh-CN. Watches `lang` on the element and on <html>, so a site's language switch redraws.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get value(): Locale {
    return resolveLocale(this.host.closest('[lang]')?.getAttribute('lang'));
  }

  hostConnected() {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    this.observer.observe(document.documentElement, options);
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }
}
