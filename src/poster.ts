/**
 * <disclosure-poster> (一图读懂): registers it (if its name is still free) and exports its class
 * and layout. The `disclosure-charts.poster.min.js` bundle is built from this file.
 */
import './elements/disclosure-poster/define.js';

export { DisclosurePoster, POSTER_WIDTHS } from './elements/disclosure-poster/disclosure-poster.js';
export { layoutPoster, sentences, shortLines, type PosterGeometry } from './elements/disclosure-poster/disclosure-poster.layout.js';
