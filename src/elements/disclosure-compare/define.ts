/** Registers <disclosure-compare>. Import this module for the one element only. */
import { defineElement } from '../../internal/define.js';
import { DisclosureCompare } from './disclosure-compare.js';

defineElement('disclosure-compare', DisclosureCompare);

export { DisclosureCompare };
