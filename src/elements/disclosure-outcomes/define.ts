/** Registers <disclosure-outcomes>. Import this module for the one element only. */
import { defineElement } from '../../internal/define.js';
import { DisclosureOutcomes } from './disclosure-outcomes.js';

defineElement('disclosure-outcomes', DisclosureOutcomes);

export { DisclosureOutcomes };
