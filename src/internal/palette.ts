/**
 * The colours of every theme, as data, so that a test can compute their contrast (axe cannot
 * see into SVG fills) and the CSS is generated from the same values.
 *
 * Rules the contrast test holds every theme to (WCAG 2.1 1.4.3 and 1.4.11):
 * - text ≥ 4.5:1 against the background and the surface;
 * - every series colour ≥ 3:1 against the background and the surface;
 * - colours drawn touching each other in a stacked bar ≥ 3:1 against each other. Those
 *   series alternate a dark and a mid tone (light theme) or a light and a mid tone (dark theme).
 *   Outcome groups are never drawn touching, so they only need the first two rules.
 */

export type Theme = 'light' | 'dark';

/** Token name (without `--dc-`/`--_`) → colour. */
export type Palette = Record<string, string>;

export const LIGHT: Palette = {
  text: '#1f2328',
  'text-muted': '#57606a',
  background: '#ffffff',
  surface: '#f6f8fa',
  border: '#d0d7de',
  focus: '#0b57d0',
  error: '#b42318',
  'warning-surface': '#fff8e5',
  'warning-border': '#bf8700',
  'on-strong': '#ffffff',
  'on-soft': '#1f2328',
  // The agency's own colour (a highlighted agency, the poster's title band): a site sets --dc-accent.
  accent: '#a8262d',

  disclosed: '#1d5fa8',
  'partly-disclosed': '#4a86c8',
  withheld: '#b25f00',
  unavailable: '#6e7781',
  'not-processed': '#7a5ba8',
  'other-handling': '#8a6a4c',
  'carried-forward': '#57606a',

  // Stacked: dark, mid, dark, mid… in order.
  'natural-person': '#0a4747',
  commercial: '#d67505',
  research: '#4b2f7c',
  'public-interest': '#d967a0',
  'legal-service': '#2a470c',
  'other-applicant': '#868f98',

  upheld: '#144072',
  corrected: '#d67505',
  'other-result': '#3b4045',
  pending: '#9d80cf',

  'category-1': '#144072',
  'category-2': '#179e9e',
  'category-3': '#603502',
  'category-4': '#9d80cf',
  'category-5': '#731d48',
  'category-6': '#5d9e1c',
  'category-other-dark': '#3b4045',
  'category-other-mid': '#868f98',
  // New-media accounts: a neutral slate that no category, outcome or applicant uses.
  account: '#4d5a66',

  // Requests by year (<disclosure-trend>, <disclosure-compare>): new (dark), carried over (mid).
  received: '#0d3b66',
  'carried-over': '#8a8f96',
};

export const DARK: Palette = {
  text: '#e6edf3',
  'text-muted': '#9da7b3',
  background: '#0d1117',
  surface: '#161b22',
  border: '#3d444d',
  focus: '#79b8ff',
  error: '#ff7b72',
  'warning-surface': '#2b2111',
  'warning-border': '#bb8009',
  'on-strong': '#0d1117',
  'on-soft': '#ffffff',
  accent: '#ff8f87',

  disclosed: '#6aa3e5',
  'partly-disclosed': '#acccf0',
  withheld: '#df8d49',
  unavailable: '#99a1a8',
  'not-processed': '#ac94d6',
  'other-handling': '#c4a484',
  'carried-forward': '#9da7b3',

  // Stacked: light, mid, light, mid… in order.
  'natural-person': '#8fd3db',
  commercial: '#9a5a20',
  research: '#d0c2e8',
  'public-interest': '#a64a72',
  'legal-service': '#b3d28b',
  'other-applicant': '#616a72',

  upheld: '#acccf0',
  corrected: '#9a5a20',
  'other-result': '#c5c9cd',
  pending: '#755bab',

  'category-1': '#acccf0',
  'category-2': '#117575',
  'category-3': '#edc08c',
  'category-4': '#755bab',
  'category-5': '#eebad4',
  'category-6': '#4d7436',
  'category-other-dark': '#c5c9cd',
  'category-other-mid': '#616a72',
  account: '#a3b1bf',
  received: '#cfe3ff',
  'carried-over': '#6b737c',
};

export const PALETTES: Record<Theme, Palette> = { light: LIGHT, dark: DARK };

/** Series drawn touching each other, in the order they touch (stacked bars). */
export const ADJACENT: readonly (readonly string[])[] = [
  ['natural-person', 'commercial', 'research', 'public-interest', 'legal-service', 'other-applicant'],
  ['upheld', 'corrected', 'other-result', 'pending'],
  // Categories cycle 1…6, then 1 again; "other" comes last, in the tone its place needs.
  ['category-1', 'category-2', 'category-3', 'category-4', 'category-5', 'category-6', 'category-1'],
  ['category-1', 'category-other-mid'],
  ['category-2', 'category-other-dark'],
  ['category-3', 'category-other-mid'],
  ['category-4', 'category-other-dark'],
  ['category-5', 'category-other-mid'],
  ['category-6', 'category-other-dark'],
  ['received', 'carried-over'],
];

/**
 * The series on which in-segment labels use `on-strong` text (dark tones in the light theme,
 * light tones in the dark one); the other stacked series use `on-soft`.
 */
export const STRONG = new Set([
  'natural-person', 'research', 'legal-service',
  'upheld', 'other-result', 'received',
  'category-1', 'category-3', 'category-5', 'category-other-dark',
]);
export const SOFT = new Set([
  'commercial', 'public-interest', 'other-applicant',
  'corrected', 'pending', 'carried-over',
  'category-2', 'category-4', 'category-6', 'category-other-mid',
]);

/** The chrome tokens (text, surfaces, borders, focus, error): public as `--dc-<name>`. */
export const CHROME = new Set(['text', 'text-muted', 'background', 'surface', 'border', 'focus', 'error', 'warning-surface', 'warning-border', 'on-strong', 'on-soft', 'accent']);

/** Tokens that are series colours (everything but the chrome): public as `--dc-color-<name>`. */
export const SERIES = Object.keys(LIGHT).filter((k) => !CHROME.has(k));

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
