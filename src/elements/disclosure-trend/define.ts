/** Registers <disclosure-trend>. Import this module for the one element only. */
import { defineElement } from '../../internal/define.js';
import { DisclosureTrend } from './disclosure-trend.js';

defineElement('disclosure-trend', DisclosureTrend);

export { DisclosureTrend };
