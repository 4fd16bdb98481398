/**
 * The words of the collection elements (<disclosure-trend>, <disclosure-compare>) and of the
 * cross-year checks, apart from MESSAGES: the one-report bundle does not carry them.
 */
import type { Locale } from './messages.js';

const zh = {
  expected: '报告数组 [ … ]，或 { "reports": [ … ] }',
  duplicateYear: (agency: string, year: number, first: string, second: string) =>
    `${first}和${second}都是${agency}${year}年的报告，无法确定使用哪一份`,
  carried: (column: string) => `上年结转（${column}）`,
  inForce: '行政规范性文件现行有效件数',
  crossLine: (agency: string, what: string, year: string, found: string, previousYear: string, expected: string) =>
    `${agency}：${year}${what}为${found}，与${previousYear}报告推算的${expected}不符`,
  crossRule: {
    carried: '本年上年结转 = 上年结转下年度',
    inForce: '本年现行有效 = 上年现行有效 + 本年制发 − 本年废止',
  },
  crossTitle: (n: number) => `跨年度核对提示：有${n}处数字前后不一致`,
  crossIntro: '图表按各年报告原数绘制。以下数字与相邻年度的报告不符：',
  yearChecks: (year: string, n: number) => `${year}报告内有${n}处数字不相加`,
  fetchItem: (url: string, detail: string) => `无法读取集合中的报告 ${url}：${detail}`,
  trend: {
    title: '历年政府信息公开申请办理情况',
    needTwo: '至少需要两个年度的报告才能比较。',
    manyAgencies: (names: string) => `集合中有多个机关（${names}），请用 agency 属性指定一个。`,
    noAgency: (name: string) => `集合中没有“${name}”的报告。`,
    earlier: (n: number, first: string) => `另有${n}个更早年度（始于${first}）未绘出，见数据表。`,
    years: (first: string, last: string) => `${first}—${last}`,
    gap: '无报告',
    gapNote: (years: string) => `缺少${years}的报告：图中留空，不按0计。`,
    received: '本年新收',
    carriedOver: '上年结转',
    requestsTitle: '申请数量',
    requestsValue: (n: string) => n,
    ratesTitle: '公开率和纠错率',
    disclosureRate: '公开率',
    correctionRate: '纠错率',
    outcomesTitle: '办理结果构成',
    casesTitle: '行政复议和行政诉讼',
    latest: (year: string) => `${year}新收申请`,
    change: (pct: string, up: boolean) => `比上年${up ? '增加' : '减少'}${pct}`,
    same: '与上年持平',
    noChange: '上年无可比数据',
    latestRate: (year: string) => `${year}公开率`,
    latestCorrection: (year: string) => `${year}纠错率`,
    sPeriod: (first: string, last: string, from: string, to: string, change: string) =>
      `${first}至${last}，新收申请从${from}变为${to}${change}`,
    sPeriodChange: (pct: string, up: boolean) => `（${up ? '增加' : '减少'}${pct}）`,
    sLast: (year: string, change: string) => `${year}${change}`,
    sBest: (best: string, bestRate: string, worst: string, worstRate: string) =>
      `公开率最高的是${best}（${bestRate}），最低的是${worst}（${worstRate}）`,
    sentence: (parts: string[]) => `${parts.join('；')}。`,
    year: '年度',
    handled: '办结',
    forward: '结转下年度',
    cases: '复议诉讼案件',
    corrected: '结果纠正',
    decided: '已审结',
  },
  compare: {
    title: '各机关政府信息公开申请办理情况比较',
    mixedYears: (list: string) => `比较需同一年度的报告，集合中的年度不同：${list}。`,
    year: (year: string, n: number) => `${year} · ${n}个机关`,
    sortBy: '排序依据',
    measures: { received: '新收申请', disclosureRate: '公开率', correctionRate: '纠错率' },
    median: (value: string) => `中位数 ${value}`,
    rank: (rank: number, n: number) => `第${rank}/${n}名`,
    showAll: (n: number) => `显示全部${n}个机关`,
    showTop: '收起',
    hidden: (n: number) => `另有${n}个机关`,
    noValue: (n: number, what: string) => `${n}个机关无${what}数据`,
    small: '申请或已审结案件不足10件，比率仅供参考',
    n: (n: string) => `n=${n}`,
    agency: '机关',
    summary: (year: string, n: number, what: string, top: string, topValue: string, median: string) =>
      `${year}共${n}个机关，${what}排第一的是${top}（${topValue}），中位数为${median}。`,
    highlight: (name: string, rank: number, n: number, value: string) => `${name}排第${rank}/${n}名（${value}）。`,
    figureRank: (what: string) => `${what}排名`,
    medianNote: (median: string) => `各条形上下的短竖线标出${median.replace(' ', '')}`,
    chartLabel: (what: string) => `各机关${what}排名`,
    smallNote: '浅色条：申请或已审结案件不足10件，比率仅供参考。',
    rankColumn: '排名',
    open: '予以公开和部分公开',
    figureAgencies: '机关数',
    figureTotal: '新收申请合计',
    figureMedianRate: '公开率中位数',
  },
};

export type CollectionWords = typeof zh;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const en: CollectionWords = {
  expected: 'an array of reports [ … ], or { "reports": [ … ] }',
  duplicateYear: (agency, year, first, second) => `${first} and ${second} are both ${agency}'s report for ${year}; which one to use cannot be told`,
  carried: (column) => `carried over from last year (${column.toLowerCase()})`,
  inForce: 'normative documents in force',
  crossLine: (agency, what, year, found, previousYear, expected) =>
    `${agency}: ${what} is ${found} in ${year}, but the ${previousYear} report makes it ${expected}`,
  crossRule: {
    carried: "this year's carried over = last year's carried forward",
    inForce: "in force = last year's in force + issued − repealed",
  },
  crossTitle: (n) => `Year-to-year check: ${n} ${n === 1 ? 'figure does' : 'figures do'} not follow from the year before`,
  crossIntro: "The charts show each year's figures as reported. These figures disagree with the neighbouring year's report:",
  yearChecks: (year, n) => `the ${year} report has ${n} ${n === 1 ? 'figure' : 'figures'} that do not add up`,
  fetchItem: (url, detail) => `Could not load the report ${url} of the collection: ${detail}`,
  trend: {
    title: 'Information requests over the years',
    needTwo: 'At least two years of reports are needed for a comparison.',
    manyAgencies: (names) => `The collection holds several agencies (${names}); choose one with the agency attribute.`,
    noAgency: (name) => `The collection has no report of “${name}”.`,
    earlier: (n, first) => `${n} earlier ${n === 1 ? 'year' : 'years'} (from ${first}) not drawn; see the data table.`,
    years: (first, last) => `${first}–${last}`,
    gap: 'no report',
    gapNote: (years) => `No report for ${years}: left blank in the charts, not counted as zero.`,
    received: 'New',
    carriedOver: 'Carried over',
    requestsTitle: 'Requests',
    requestsValue: (n) => n,
    ratesTitle: 'Disclosure and correction rates',
    disclosureRate: 'Disclosure rate',
    correctionRate: 'Correction rate',
    outcomesTitle: 'How requests were answered',
    casesTitle: 'Reviews and lawsuits',
    latest: (year) => `New requests, ${year}`,
    change: (pct, up) => `${up ? 'up' : 'down'} ${pct} on the year before`,
    same: 'the same as the year before',
    noChange: 'no figure for the year before',
    latestRate: (year) => `Disclosure rate, ${year}`,
    latestCorrection: (year) => `Correction rate, ${year}`,
    sPeriod: (first, last, from, to, change) => `From ${first} to ${last}, new requests went from ${from} to ${to}${change}`,
    sPeriodChange: (pct, up) => ` (${up ? 'up' : 'down'} ${pct})`,
    sLast: (year, change) => `in ${year} they were ${change}`,
    sBest: (best, bestRate, worst, worstRate) => `the disclosure rate was highest in ${best} (${bestRate}) and lowest in ${worst} (${worstRate})`,
    sentence: (parts) => {
      const text = parts.join('; ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
    year: 'Year',
    handled: 'Answered',
    forward: 'Carried forward',
    cases: 'Reviews and lawsuits',
    corrected: 'Corrected',
    decided: 'Decided',
  },
  compare: {
    title: 'Information requests compared across agencies',
    mixedYears: (list) => `A comparison needs reports of one year; the collection holds reports of different years: ${list}.`,
    year: (year, n) => `${year} · ${n} ${n === 1 ? 'agency' : 'agencies'}`,
    sortBy: 'Rank by',
    measures: { received: 'New requests', disclosureRate: 'Disclosure rate', correctionRate: 'Correction rate' },
    median: (value) => `median ${value}`,
    rank: (rank, n) => `${rank} of ${n}`,
    showAll: (n) => `Show all ${n} agencies`,
    showTop: 'Show fewer',
    hidden: (n) => `${n} more ${n === 1 ? 'agency' : 'agencies'}`,
    noValue: (n, what) => `${n} ${n === 1 ? 'agency gives' : 'agencies give'} no figure for ${what.toLowerCase()}`,
    small: 'fewer than 10 requests or decided cases; for reference only',
    n: (n) => `n=${n}`,
    agency: 'Agency',
    summary: (year, n, what, top, topValue, median) =>
      `Of ${n} ${n === 1 ? 'agency' : 'agencies'} in ${year}, ${top} ranks first by ${what.toLowerCase()} (${topValue}); the median is ${median}.`,
    highlight: (name, rank, n, value) => ` ${name} ranks ${ordinal(rank)} of ${n} (${value}).`,
    figureRank: (what) => `Rank by ${what.toLowerCase()}`,
    medianNote: (median) => `The notches above and below each bar mark the ${median}`,
    chartLabel: (what) => `Agencies ranked by ${what.toLowerCase()}`,
    smallNote: 'Pale bars: fewer than 10 requests (or decided cases); a rate for reference only.',
    rankColumn: 'Rank',
    open: 'Disclosed in full or in part',
    figureAgencies: 'Agencies',
    figureTotal: 'Total new requests',
    figureMedianRate: 'Median disclosure rate',
  },
};

export const COLLECTION_WORDS: Record<Locale, CollectionWords> = { 'zh-CN': zh, en };
