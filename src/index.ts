/**
 * The package's main entry: registers every element (each only if its name is still free,
 * with one warning for any that are taken; <disclosure-report>'s module registers all five)
 * and exports the classes, the report model and the types. The script-tag bundle is built
 * from this file.
 */
import './elements/disclosure-report/define.js';

export * from './classes.js';
