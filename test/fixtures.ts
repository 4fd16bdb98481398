/** The report fixtures in data/, for tests in Node. Browser tests import them through Vite. */
import { readFileSync } from 'node:fs';

export const readFixture = (name: string): string =>
  readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');

export const loadFixture = (name: string): unknown => JSON.parse(readFixture(name));
