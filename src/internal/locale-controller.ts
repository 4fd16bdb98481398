import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from '../i18n/messages.js';

/**
 * The language an element speaks: its own `lang` attribute, or the nearest ancestor's, or
 * zh-CN. Watches `lang` on the element and anywhere in the document (a site's language switch
 * may set it on <html>, <body> or any container), and redraws when the element's language is
 * no longer the one it drew in.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;
  private drawn?: Locale;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private resolve(): Locale {
    return resolveLocale(this.host.closest('[lang]')?.getAttribute('lang'));
  }

  get value(): Locale {
    return (this.drawn = this.resolve());
  }

  hostConnected() {
    this.observer = new MutationObserver(() => {
      if (this.resolve() !== this.drawn) this.host.requestUpdate();
    });
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    // The element too: inside a shadow root, it is not in the document's subtree.
    this.observer.observe(this.host, options);
    this.observer.observe(document.documentElement, options);
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }
}
