/** Registers <disclosure-report> and the four section widgets it is made of. */
import '../disclosure-outcomes/define.js';
import '../enforcement-counts/define.js';
import '../review-litigation/define.js';
import '../site-traffic/define.js';
import { defineElement } from '../../internal/define.js';
import { DisclosureReport } from './disclosure-report.js';

defineElement('disclosure-report', DisclosureReport);

export { DisclosureReport };
