/**
 * Linear scale from zero, clamped. Our own rather than d3-scale's scaleLinear: that one brings
 * d3-interpolate, d3-color and d3-format along (9 KB gzip measured in our bundle, more than
 * Lit itself) for what bars need, one division.
 */
export function scaleFromZero(domainMax: number, rangeMax: number): (value: number) => number {
  const k = domainMax > 0 && Number.isFinite(domainMax) ? Math.max(0, rangeMax) / domainMax : 0;
  return (value) => Math.min(Math.max(0, rangeMax), Math.max(0, value * k));
}
