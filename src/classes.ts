/**
 * Everything public, without registering any element: for pages that register the classes
 * under names of their own, or that only need the report model.
 */
export { DisclosureOutcomes } from './elements/disclosure-outcomes/disclosure-outcomes.js';
export { SiteTraffic } from './elements/site-traffic/site-traffic.js';
export { ReviewLitigation } from './elements/review-litigation/review-litigation.js';
export { EnforcementCounts } from './elements/enforcement-counts/enforcement-counts.js';
export { DisclosureReport } from './elements/disclosure-report/disclosure-report.js';
export {
  layoutOutcomes,
  summarizeOutcomes,
  type OutcomeFigures,
  type OutcomeGeometry,
} from './elements/disclosure-outcomes/disclosure-outcomes.layout.js';
export { layoutTraffic, type TrafficGeometry } from './elements/site-traffic/site-traffic.layout.js';
export { layoutReview, type ReviewGeometry } from './elements/review-litigation/review-litigation.layout.js';
export { layoutEnforcement, type EnforcementGeometry } from './elements/enforcement-counts/enforcement-counts.layout.js';
export { validateReport, parseReport, formatPath, type Problem, type Validation } from './report/validate.js';
export { checkAccounts, describeWarning, type AccountWarning } from './report/checks.js';
export { fetchReportText, LoadFailure, type LoadProblem, type LoadOptions } from './report/load.js';
export { cell, rowTotal, REASONS, OUTCOME_GROUPS, type OutcomeGroup } from './report/rows.js';
export { formatCompact, formatExact, formatPercent } from './layout/format.js';
export { resolveLocale, type Locale } from './i18n/messages.js';
export type * from './report/types.js';
export type { DcLoadEvent, DcErrorEvent, DcSelectEvent, MarkSelection } from './events.js';
