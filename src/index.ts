/**
 * The package's main entry: registers every element (each only if its name is still free)
 * and exports the classes, the report model and the types. The script-tag bundle is built
 * from this file.
 */
import './elements/disclosure-outcomes/define.js';
import './elements/site-traffic/define.js';
import './elements/review-litigation/define.js';
import './elements/enforcement-counts/define.js';
import './elements/disclosure-report/define.js';

export * from './classes.js';
