/**
 * The package's main entry: registers every element (each only if its name is still free,
 * with one warning for any that are taken) and exports the classes, the report model and the
 * types. The script-tag bundle is built from this file.
 */
import { DisclosureOutcomes } from './elements/disclosure-outcomes/disclosure-outcomes.js';
import { DisclosureReport } from './elements/disclosure-report/disclosure-report.js';
import { EnforcementCounts } from './elements/enforcement-counts/enforcement-counts.js';
import { ReviewLitigation } from './elements/review-litigation/review-litigation.js';
import { SiteTraffic } from './elements/site-traffic/site-traffic.js';
import { defineElements } from './internal/define.js';

defineElements({
  'disclosure-outcomes': DisclosureOutcomes,
  'site-traffic': SiteTraffic,
  'review-litigation': ReviewLitigation,
  'enforcement-counts': EnforcementCounts,
  'disclosure-report': DisclosureReport,
});

export * from './classes.js';
