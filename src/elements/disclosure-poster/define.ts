/** Registers <disclosure-poster>. Import this module for the one element only. */
import { defineElement } from '../../internal/define.js';
import { DisclosurePoster } from './disclosure-poster.js';

defineElement('disclosure-poster', DisclosurePoster);

export { DisclosurePoster };
