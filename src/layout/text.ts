/**
 * Text measure without a DOM, so layouts stay pure and testable in Node. Widths are
 * estimates on the safe side: a CJK character is one em wide in every CJK system font; Latin
 * letters and digits are at most ~0.62 em in the sans-serif fonts we name.
 */

const WIDE_CHARS = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_CHARS}]`);
// A figure with its unit ("1,582件", "−3件", "122万") is one token, never broken.
const TOKEN = new RegExp(`[+−-]?\\d[\\d,.]*(?:%|[万亿]?(?:个账号|[件次条个元年月日]))?|[${WIDE_CHARS}]|[^\\s${WIDE_CHARS}]+|\\s+`, 'g');
// Characters a line must not start with, or end with (the basic rules of Chinese line breaking).
const NO_START = /[，。、；：！？）》」』】”’,.;:!?)\]]/;
const NO_END = /[（《「『【“‘(\[]/;

/**
 * Estimated width of `text` in px at `fontSize`. Latin characters by class, each at the width
 * of the widest of its class in the fonts we name (a browser test holds the estimate to at least
 * the drawn width, and within a fifth of it for sentences): one width for all of them wrapped
 * English labels at 60% of the line.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text)
    em += WIDE.test(ch)
      ? 1
      : /[\s.,:;'!|ijl]/.test(ch)
        ? 0.3
        : /[()[\]\-frt]/.test(ch)
          ? 0.4
          : /[mwMW@%]/.test(ch)
            ? 0.9
            : /[A-Z]/.test(ch)
              ? 0.7
              : 0.6;
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`: between any two CJK characters (not
 * before closing or after opening punctuation), and at spaces in Latin text. A single word
 * longer than the line is kept whole rather than cut mid-word.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Tokens: a CJK character, a run of non-space Latin characters, or a run of spaces.
  const tokens = text.match(TOKEN) ?? [];
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!line && /^\s+$/.test(token)) continue;
    const candidate = line + token;
    if (!line || textWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    // A closing mark may not start a line: it hangs at the end of this one. An opening mark may
    // not end one: it goes down with what it opens (unless it is all the line holds).
    const carry = NO_END.test(line[line.length - 1]!) ? 1 : 0;
    const kept = line.slice(0, line.length - carry).trimEnd();
    if (NO_START.test(token[0]!) || (carry && !kept)) {
      line = candidate;
    } else {
      lines.push(kept);
      line = carry ? line.slice(-carry) + token : /^\s+$/.test(token) ? '' : token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}
