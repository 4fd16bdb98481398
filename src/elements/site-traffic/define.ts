/** Registers <site-traffic>. Import this module for the one element only. */
import { defineElement } from '../../internal/define.js';
import { SiteTraffic } from './site-traffic.js';

defineElement('site-traffic', SiteTraffic);

export { SiteTraffic };
