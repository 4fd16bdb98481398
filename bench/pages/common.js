// Shared by every benchmark page: the report-to-series mapping all libraries draw from (so
// each draws the same figures), and the measurements the runner reads.
//
// The pages draw the same charts. A <disclosure-outcomes> draws three (the outcome bars, the
// largest group's reason bars, the applicant bar), so a peer draws those three for each of
// its widgets; the report page draws the charts of the four section widgets.
export const GROUPS = ['disclosed', 'partlyDisclosed', 'withheld', 'unavailable', 'notProcessed', 'otherHandling'];
export const GROUP_NAMES = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];
const REASONS = {
  withheld: ['stateSecret', 'prohibitedByLaw', 'endangersSecurity', 'thirdPartyRights', 'internalAffairs', 'processInformation', 'enforcementFiles', 'administrativeQuery'],
  unavailable: ['notHeld', 'needsCreation', 'stillUnclear'],
  notProcessed: ['complaint', 'repeated', 'publication', 'excessive', 'reconfirmation'],
  otherHandling: ['noCorrection', 'feeUnpaid', 'other'],
};
const total = (row) => (row === undefined ? 0 : typeof row === 'number' ? row : (row.total ?? 0));

/** The figures every page charts: the same ones the widgets show. */
export function series(report) {
  const o = report.applications?.outcomes ?? {};
  const groups = GROUPS.map((g) => (REASONS[g] ? REASONS[g].reduce((s, k) => s + total(o[g]?.[k]), 0) : total(o[g])));
  const received = report.applications?.received ?? {};
  const applicants = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other'].map((k) => received[k] ?? 0);
  const categories = (report.platforms?.website?.breakdown ?? []).map((b) => ({ name: b.label, value: b.count }));
  const rl = report.reviewLitigation ?? {};
  const review = ['upheld', 'corrected', 'other', 'pending'].map((r) => ['review', 'directSuit', 'suitAfterReview'].map((b) => rl[b]?.[r] ?? 0));
  const p = report.proactive ?? {};
  const decisions = [p.licensing ?? 0, p.penalties ?? 0, p.coercion ?? 0];
  // The reasons of the largest group, as the outcomes widget shows first.
  const largest = ['withheld', 'unavailable', 'notProcessed', 'otherHandling'].sort((a, b) => groups[GROUPS.indexOf(b)] - groups[GROUPS.indexOf(a)])[0];
  const reasons = REASONS[largest].map((k) => ({ name: k, value: total(o[largest]?.[k]) }));
  const accounts = report.platforms?.newMedia ?? [];
  const followers = accounts.map((a) => ({ name: a.name, value: a.followers ?? 0 }));
  const posts = accounts.map((a) => ({ name: a.name, value: a.posts ?? 0 }));
  return { groups: [...groups, total(report.applications?.carriedForward)], applicants, categories, review, decisions, reasons, followers, posts };
}

export const loadReport = (path) => fetch(path).then((r) => r.json());

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves when `ready()` is true, checking after every task. */
export async function until(ready) {
  while (!ready()) await tick();
}

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });

/** Publishes the results for the runner. */
export function publish(drawnAt, redraw) {
  window.bench = { drawnAt, longTasks, redraw };
}
