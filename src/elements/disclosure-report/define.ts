/** Registers <disclosure-report> and the four section widgets it is made of. */
import { defineElements } from '../../internal/define.js';
import { DisclosureOutcomes } from '../disclosure-outcomes/disclosure-outcomes.js';
import { EnforcementCounts } from '../enforcement-counts/enforcement-counts.js';
import { ReviewLitigation } from '../review-litigation/review-litigation.js';
import { SiteTraffic } from '../site-traffic/site-traffic.js';
import { DisclosureReport } from './disclosure-report.js';

defineElements({
  'disclosure-outcomes': DisclosureOutcomes,
  'site-traffic': SiteTraffic,
  'review-litigation': ReviewLitigation,
  'enforcement-counts': EnforcementCounts,
  'disclosure-report': DisclosureReport,
});

export { DisclosureReport };
