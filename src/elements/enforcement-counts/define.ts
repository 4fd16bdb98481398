/** Registers <enforcement-counts>. Import this module for the one element only. */
import { defineElement } from '../../internal/define.js';
import { EnforcementCounts } from './enforcement-counts.js';

defineElement('enforcement-counts', EnforcementCounts);

export { EnforcementCounts };
