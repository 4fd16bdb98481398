/** English copy as an editor would have it; punctuation of each language in its own text. */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.js';

const en = MESSAGES.en;
const zh = MESSAGES['zh-CN'];

describe('MESSAGES', () => {
  it('en.zeros(list) keeps a capital only on the list’s first word; zh uses its own colon', () => {
    expect(en.zeros([en.columns.research, en.columns.publicInterest].join(en.listSeparator))).toBe('Research institutions, public-interest organisations: 0');
    expect(zh.zeros([zh.columns.research, zh.columns.publicInterest].join(zh.listSeparator))).toBe('科研机构、社会公益组织：0');
  });

  it('en says how many accounts the followers are on, not "1 account together"', () => {
    expect(en.traffic.followersNote(1)).toBe('on 1 account');
    expect(en.traffic.followersNote(3)).toBe('across 3 accounts');
  });

  it('en writes no full-width punctuation', () => {
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        // Sentence makers, called with plain figures (or a list, for those that take one).
        const make = value as (...a: unknown[]) => unknown;
        for (const args of [['2', '3', '4'], [['2', '3'], '3', '4']]) {
          try {
            texts.push(String(make(...args)));
            break;
          } catch {
            // takes other arguments: the next try
          }
        }
      }
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(en);
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.filter((t) => /[，。：；（）！？、]/.test(t))).toEqual([]);
  });
});
