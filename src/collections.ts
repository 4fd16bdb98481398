/**
 * The collection elements, <disclosure-trend> and <disclosure-compare>: years and agencies side
 * by side. Registers both (each only if its name is still free) and exports their classes and
 * the collection model. The `disclosure-charts.collections.min.js` bundle is built from this
 * file, apart from the one-report bundle so that a page of one report does not carry them.
 */
import './elements/disclosure-trend/define.js';
import './elements/disclosure-compare/define.js';

export { DisclosureTrend } from './elements/disclosure-trend/disclosure-trend.js';
export { DisclosureCompare } from './elements/disclosure-compare/disclosure-compare.js';
export { agencyFigures, layoutCompare, MEASURES, type CompareGeometry, type Measure } from './elements/disclosure-compare/disclosure-compare.layout.js';
export { layoutTrend, trendYears, type TrendGeometry, type TrendYear } from './elements/disclosure-trend/disclosure-trend.layout.js';
export {
  byAgency,
  collectionItems,
  crossYearChecks,
  describeCrossYear,
  validateCollection,
  type Collection,
  type CrossYearWarning,
} from './report/collection.js';
export type { DcCollectionLoadEvent } from './events.js';
