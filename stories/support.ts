/**
 * Story helpers shared by every widget's stories: one render function that mounts an element
 * with a report, a URL or inline JSON, in a language and at a width.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';

export interface WidgetArgs {
  /** The report object (the `report` property). */
  report?: unknown;
  /** A URL to fetch (the `src` attribute). */
  src?: string;
  /** Inline JSON text, as a `<script type="application/json">` child. */
  inline?: string;
  lang: 'zh-CN' | 'en';
  width: number;
}

export const NARROW = 320;
export const WIDE = 960;

/** Mounts `tag` with the story's inputs inside a box of the story's width. */
export function renderWidget(tag: string) {
  return (args: WidgetArgs) => {
    const box = document.createElement('div');
    box.style.width = `${args.width}px`;
    box.style.maxWidth = '100%';
    box.lang = args.lang;
    const el = document.createElement(tag) as HTMLElement & { report?: unknown; src?: string };
    if (args.report !== undefined) el.report = structuredClone(args.report);
    if (args.src) el.setAttribute('src', args.src);
    if (args.inline !== undefined) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = args.inline;
      el.append(script);
    }
    box.append(el);
    return box;
  };
}

/**
 * A story of one state in zh-CN or en, wide or narrow. Only the Chinese, wide story of each
 * state goes on the element's Docs page (one story per state): the stories files tag the
 * English and narrow ones `!autodocs` where they are written, since Storybook reads tags from
 * the file's text. They stay in the sidebar and run as tests, like every story.
 */
export function variant(
  base: Partial<WidgetArgs>,
  lang: WidgetArgs['lang'],
  width: number,
  extra: Partial<StoryObj<WidgetArgs>> = {},
): StoryObj<WidgetArgs> {
  return { ...extra, args: { ...base, lang, width } };
}

/** Holds every fetch open while a story is shown, so the loading state stays on screen. */
export function holdFetch() {
  const original = globalThis.fetch;
  globalThis.fetch = () => new Promise<Response>(() => {});
  return () => {
    globalThis.fetch = original;
  };
}

/**
 * A play function that waits until the widget shows `selector` in its shadow root, so the
 * story's accessibility check runs on the state the story is about, not on its loading state.
 */
export function shows(selector: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const { expect, waitFor } = await import('storybook/test');
    await waitFor(
      () => {
        const widget = [...canvasElement.querySelectorAll('*')].find((el) => el.shadowRoot);
        expect(widget?.shadowRoot?.querySelector(selector)).toBeTruthy();
      },
      { timeout: 5000 },
    );
    // Lit as the bundles ship it: one copy, its production build (the development build keeps
    // a set of the warnings it printed, "Lit is in dev mode" among them).
    const lit = globalThis as { litElementVersions?: string[]; litIssuedWarnings?: Set<string> };
    expect(lit.litElementVersions).toHaveLength(1);
    expect(lit.litIssuedWarnings).toBeUndefined();
  };
}

/** What every widget's stories share: how to render it and the controls. */
export function widgetMeta(tag: string) {
  return {
    component: tag,
    render: renderWidget(tag),
    args: { lang: 'zh-CN', width: WIDE },
    argTypes: {
      lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
      width: { control: { type: 'range', min: 320, max: 1280, step: 10 } },
      report: { control: 'object' },
      src: { control: 'text' },
      inline: { control: false },
    },
  } satisfies Partial<Meta<WidgetArgs>>;
}
