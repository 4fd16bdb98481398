/**
 * Exact values for the pure layouts (poster, trend, part bars), pinned so that a changed number,
 * word or order in them fails a test: change detectors written against the mutation run's
 * survivors (test/MUTATION.md). The values were read from the code's output and a sample checked
 * by hand, so they hold today's behaviour, not an independent claim; the claims are in
 * poster-layout, collection-layout and lines tests and the browser tests. The sample: Dongguan 2023 at 375 px has
 * u = max(13, 375/30) = 13, so pad 16, inner 343, body 13, heading 16, big 26, small 12; its
 * outcome bar gives 予以公开 56 of 73 answered: 56/73 × 343 = 263.12 px, drawn 261.12 (2 px gap).
 */
import { describe, expect, it } from 'vitest';
import { layoutPoster, type PosterGeometry } from '../../src/elements/disclosure-poster/disclosure-poster.layout.js';
import { layoutTrend, trendMarks, trendTables } from '../../src/elements/disclosure-trend/disclosure-trend.layout.js';
import { layoutPartBars } from '../../src/layout/part-bars.js';
import type { Report } from '../../src/report/types.js';
import { loadFixture } from '../fixtures.js';

const report = (name: string) => loadFixture(name) as Report;
const dongguan = report('dongguan-hrss-2023.json');
const pt = (y: number) => report(`collections/pingtan/${y}.json`);
const zero = report('fixtures/zero-applications.json');

/** Each shape as one line of text: kind, position, size, tone (and the text drawn). */
const flat = (g: PosterGeometry) =>
  g.shapes.map((s) => (s.kind === 'rect' ? `R ${s.x},${s.y} ${s.width}x${s.height} ${s.tone}${s.rx ? ` rx${s.rx}` : ''}` : `T ${s.x},${s.y} ${s.size}/${s.weight} ${s.tone} ${s.text}`));
const said = (g: PosterGeometry) => g.lines.map((l) => `${l.role}: ${l.text}`);
const texts = (g: PosterGeometry) => g.shapes.flatMap((s) => (s.kind === 'text' ? [s] : []));
const zh = { width: 375, locale: 'zh-CN' as const };

describe('layoutPoster: every shape and line, exactly', () => {
  it('draws Dongguan 2023 at 375 px (zh-CN) shape for shape', () => {
    const g = layoutPoster(dongguan, zh);
    expect([g.width, g.height]).toEqual([375, 1683]);
    expect(g.summary).toBe("2023年新收政府信息公开申请73件，公开率76.7%。");
    expect(said(g)).toEqual([
  "heading: 东莞市人力资源和社会保障局 2023年政府信息公开工作年度报告",
  "heading: 年度数字",
  "item: 新收政府信息公开申请：73件",
  "item: 办结申请：73件",
  "item: 公开率：76.7%",
  "item: 行政复议、诉讼纠错率：0.0%",
  "item: 网站发布信息：1,502条",
  "item: 网站访问量：303万次",
  "item: 政务新媒体粉丝：122万",
  "heading: 申请办理结果",
  "text: 办结申请73件，予以公开和部分公开56件，公开率76.7%。",
  "item: 予以公开 56件（76.7%）",
  "item: 不予公开 3件（4.1%）",
  "item: 无法提供 9件（12.3%）",
  "item: 其他处理 5件（6.8%）",
  "heading: 申请人",
  "item: 自然人 71件（97.3%）",
  "item: 商业企业 2件（2.7%）",
  "heading: 规章和行政规范性文件",
  "item: 行政规范性文件现行有效：57件",
  "item: 规章现行有效：0件",
  "text: 行政规范性文件：本年制发4件，废止3件。",
  "text: 规章：本年制发0件，废止0件。",
  "heading: 行政许可、处罚和强制",
  "item: 行政许可：1,582件",
  "item: 行政处罚：278件",
  "item: 行政强制：63件",
  "text: 行政事业性收费498.8万元。",
  "heading: 行政复议和行政诉讼",
  "text: 因政府信息公开引发行政复议和行政诉讼1件，结果纠正0件，纠错率0.0%。",
  "item: 结果维持 1件（100.0%）",
  "heading: 网站发布信息的构成",
  "item: 政务动态：522条，占34.8%",
  "item: 公告：597条，占39.7%",
  "item: 其他：383条，占25.5%",
  "heading: 存在的问题和改进",
  "item: 2023年，我局认真全面推进政务公开各项工作，但政务公开信息化程度有待提升，政务公开的广度和深度不够，依申请公开办理答复的质量和时效有待提高。",
  "item: 下来，我局将通过加强信息化手段的运用提高政府信息公开实效，不断拓宽政务公开的渠道，丰富政务公开的形式，切实发挥政府信息对人民群众生产、生活和经济社会活动的服务作用。",
  "item: 高度重视内容安全和网络安全，加强政府网站、政务新媒体运维建设。",
  "item: 规范依申请公开办理流程，提高申请回复质量，切实保障申请人及相关各方的合法权益。",
  "text: 数据来源：《2023年东莞市人力资源和社会保障局政府信息公开工作年度报告》",
  "text: 发布日期：2024-01-19"
]);
    expect(flat(g)).toEqual([
  "R 0,0 375x103 p-accent",
  "T 16,26 13/700 p-on-accent 一图读懂",
  "T 16,61 21/700 p-on-accent 东莞市人力资源和社会保障局",
  "T 16,87 16/400 p-on-accent 2023年政府信息公开工作年度报告",
  "R 16,121 4x21 p-accent",
  "T 25,141 16/700 p-text 年度数字",
  "R 16,157 167.5x66 p-surface rx6",
  "T 22.5,188 26/700 p-accent 73件",
  "T 22.5,212 12/400 p-muted 新收政府信息公开申请",
  "R 191.5,157 167.5x66 p-surface rx6",
  "T 198,188 26/700 p-accent 73件",
  "T 198,212 12/400 p-muted 办结申请",
  "R 16,231 167.5x66 p-surface rx6",
  "T 22.5,262 26/700 p-accent 76.7%",
  "T 22.5,286 12/400 p-muted 公开率",
  "R 191.5,231 167.5x66 p-surface rx6",
  "T 198,262 26/700 p-accent 0.0%",
  "T 198,286 12/400 p-muted 行政复议、诉讼纠错率",
  "R 16,305 167.5x66 p-surface rx6",
  "T 22.5,336 26/700 p-accent 1,502条",
  "T 22.5,360 12/400 p-muted 网站发布信息",
  "R 191.5,305 167.5x66 p-surface rx6",
  "T 198,336 26/700 p-accent 303万次",
  "T 198,360 12/400 p-muted 网站访问量",
  "R 16,379 167.5x66 p-surface rx6",
  "T 22.5,410 26/700 p-accent 122万",
  "T 22.5,434 12/400 p-muted 政务新媒体粉丝",
  "R 16,463 4x21 p-accent",
  "T 25,483 16/700 p-text 申请办理结果",
  "T 16,509 13/400 p-text 办结申请73件，予以公开和部分公开56件，公开率76.7%。",
  "R 16,521 261.12328767123284x18 k-disclosed",
  "R 279.12328767123284,521 12.095890410958903x18 k-withheld",
  "R 293.2191780821918,521 40.28767123287671x18 k-unavailable",
  "R 335.5068493150685,521 21.493150684931507x18 k-other-handling",
  "R 16,550 10x10 k-disclosed rx2",
  "T 33,561 13/400 p-text 予以公开 56件（76.7%）",
  "R 16,569 10x10 k-withheld rx2",
  "T 33,580 13/400 p-text 不予公开 3件（4.1%）",
  "R 16,588 10x10 k-unavailable rx2",
  "T 33,599 13/400 p-text 无法提供 9件（12.3%）",
  "R 16,607 10x10 k-other-handling rx2",
  "T 33,618 13/400 p-text 其他处理 5件（6.8%）",
  "R 16,637 4x21 p-accent",
  "T 25,657 16/700 p-text 申请人",
  "R 16,670 331.6027397260274x18 k-natural-person",
  "R 349.6027397260274,670 7.397260273972602x18 k-commercial",
  "R 16,699 10x10 k-natural-person rx2",
  "T 33,710 13/400 p-text 自然人 71件（97.3%）",
  "R 16,718 10x10 k-commercial rx2",
  "T 33,729 13/400 p-text 商业企业 2件（2.7%）",
  "R 16,748 4x21 p-accent",
  "T 25,768 16/700 p-text 规章和行政规范性文件",
  "R 16,784 167.5x66 p-surface rx6",
  "T 22.5,815 26/700 p-accent 57件",
  "T 22.5,839 12/400 p-muted 行政规范性文件现行有效",
  "R 191.5,784 167.5x66 p-surface rx6",
  "T 198,815 26/700 p-accent 0件",
  "T 198,839 12/400 p-muted 规章现行有效",
  "T 16,872 13/400 p-text 行政规范性文件：本年制发4件，废止3件。",
  "T 16,901 13/400 p-text 规章：本年制发0件，废止0件。",
  "R 16,926 4x21 p-accent",
  "T 25,946 16/700 p-text 行政许可、处罚和强制",
  "R 16,962 109x64 p-surface rx6",
  "T 22.5,992 25/700 p-accent 1,582件",
  "T 22.5,1015 12/400 p-muted 行政许可",
  "R 133,962 109x64 p-surface rx6",
  "T 139.5,992 25/700 p-accent 278件",
  "T 139.5,1015 12/400 p-muted 行政处罚",
  "R 250,962 109x64 p-surface rx6",
  "T 256.5,992 25/700 p-accent 63件",
  "T 256.5,1015 12/400 p-muted 行政强制",
  "T 16,1048 13/400 p-text 行政事业性收费498.8万元。",
  "R 16,1073 4x21 p-accent",
  "T 25,1093 16/700 p-text 行政复议和行政诉讼",
  "T 16,1119 13/400 p-text 因政府信息公开引发行政复议和行政诉讼1件，结果纠正0件，",
  "T 16,1137 13/400 p-text 纠错率0.0%。",
  "R 16,1149 341x18 k-upheld",
  "R 16,1178 10x10 k-upheld rx2",
  "T 33,1189 13/400 p-text 结果维持 1件（100.0%）",
  "R 16,1208 4x21 p-accent",
  "T 25,1228 16/700 p-text 网站发布信息的构成",
  "T 16,1252 12/400 p-text 政务动态",
  "R 16,1256 264.84723618090453x9 p-accent rx2",
  "T 285.18056951423785,1264 12/400 p-text 522条",
  "T 16,1284 12/400 p-text 公告",
  "R 16,1288 302.9x9 p-accent rx2",
  "T 323.2333333333333,1296 12/400 p-text 597条",
  "T 16,1316 12/400 p-text 其他",
  "R 16,1320 194.3227805695142x9 p-accent rx2",
  "T 214.65611390284755,1328 12/400 p-text 383条",
  "R 16,1350 4x21 p-accent",
  "T 25,1370 16/700 p-text 存在的问题和改进",
  "R 16,1388 5x5 p-accent",
  "T 28,1396 13/400 p-text 2023年，我局认真全面推进政务公开各项工作，但政务公",
  "T 28,1414 13/400 p-text 开信息化程度有待提升，政务公开的广度和深度不够，依",
  "T 28,1432 13/400 p-text 申请公开办理答复的质量和时效有待提高。",
  "R 16,1447 5x5 p-accent",
  "T 28,1455 13/400 p-text 下来，我局将通过加强信息化手段的运用提高政府信息公",
  "T 28,1473 13/400 p-text 开实效，不断拓宽政务公开的渠道，丰富政务公开的形式，",
  "T 28,1491 13/400 p-text 切实发挥政府信息对人民群众生产、生活和经济社会活动",
  "T 28,1509 13/400 p-text 的服务作用。",
  "R 16,1524 5x5 p-accent",
  "T 28,1532 13/400 p-text 高度重视内容安全和网络安全，加强政府网站、政务新媒",
  "T 28,1550 13/400 p-text 体运维建设。",
  "R 16,1565 5x5 p-accent",
  "T 28,1573 13/400 p-text 规范依申请公开办理流程，提高申请回复质量，切实保障",
  "T 28,1591 13/400 p-text 申请人及相关各方的合法权益。",
  "R 16,1612 343x1 p-rule",
  "T 16,1631 12/400 p-muted 数据来源：《2023年东莞市人力资源和社会保障局政府信息公开",
  "T 16,1647 12/400 p-muted 工作年度报告》",
  "T 16,1665 12/400 p-muted 发布日期：2024-01-19"
]);
  });

  it('breaks a long source URL after a / . ? & = or - in its second half, at 280 px in English', () => {
    const g = layoutPoster({ ...dongguan, source: { title: 'T', url: 'https://www.example.gov.cn/zwgk/xxgk/ndbg/2024/report-annual.html?id=12345&x=1' } }, { width: 280, locale: 'en' });
    expect([g.width, g.height]).toEqual([280, 2103]);
    expect(g.summary).toBe("73 new information requests in 2023; a disclosure rate of 76.7%.");
    expect(said(g)).toEqual([
  "heading: 东莞市人力资源和社会保障局 Government information disclosure report, 2023",
  "heading: The year in figures",
  "item: New information requests: 73",
  "item: Requests answered: 73",
  "item: Disclosure rate: 76.7%",
  "item: Correction rate in reviews and lawsuits: 0.0%",
  "item: Items published on the website: 1,502",
  "item: Website page views: 3.03M",
  "item: New-media followers: 1.22M",
  "heading: How requests were answered",
  "text: 73 answered, 56 disclosed in full or in part: a disclosure rate of 76.7%.",
  "item: Disclosed 56 (76.7%)",
  "item: Withheld 3 (4.1%)",
  "item: Unable to provide 9 (12.3%)",
  "item: Other handling 5 (6.8%)",
  "heading: Who applied",
  "item: Individuals 71 (97.3%)",
  "item: Businesses 2 (2.7%)",
  "heading: Rules and normative documents",
  "item: Normative documents in force: 57",
  "item: Rules in force: 0",
  "text: Normative documents: 4 issued and 3 repealed this year.",
  "text: Rules: 0 issued and 0 repealed this year.",
  "heading: Licensing, penalties and coercion",
  "item: Licensing: 1,582",
  "item: Penalties: 278",
  "item: Coercive measures: 63",
  "text: Administrative fees collected: ¥4,988,000.",
  "heading: Administrative reviews and lawsuits",
  "text: Reviews and lawsuits about information requests: 1; corrected: 0; a correction rate of 0.0%.",
  "item: Upheld 1 (100.0%)",
  "heading: What the website published",
  "item: 政务动态: 522, 34.8%",
  "item: 公告: 597, 39.7%",
  "item: 其他: 383, 25.5%",
  "heading: Problems and plans",
  "item: 2023年，我局认真全面推进政务公开各项工作，但政务公开信息化程度有待提升，政务公开的广度和深度不够，依申请公开办理答复的质量和时效有待提高。",
  "item: 下来，我局将通过加强信息化手段的运用提高政府信息公开实效，不断拓宽政务公开的渠道，丰富政务公开的形式，切实发挥政府信息对人民群众生产、生活和经济社会活动的服务作用。",
  "item: 高度重视内容安全和网络安全，加强政府网站、政务新媒体运维建设。",
  "item: 规范依申请公开办理流程，提高申请回复质量，切实保障申请人及相关各方的合法权益。",
  "text: Source: T",
  "text: Published 2024-01-19",
  "text: https://www.example.gov.cn/zwgk/xxgk/ndbg/2024/report-annual.html?id=12345&x=1"
]);
    expect(flat(g)).toEqual([
  "R 0,0 280x153 p-accent",
  "T 16,26 13/700 p-on-accent The year at a glance",
  "T 16,61 21/700 p-on-accent 东莞市人力资源和社会保",
  "T 16,89 21/700 p-on-accent 障局",
  "T 16,115 16/400 p-on-accent Government information",
  "T 16,137 16/400 p-on-accent disclosure report, 2023",
  "R 16,171 4x21 p-accent",
  "T 25,191 16/700 p-text The year in figures",
  "R 16,207 120x82 p-surface rx6",
  "T 22.5,238 26/700 p-accent 73",
  "T 22.5,262 12/400 p-muted New information",
  "T 22.5,277 12/400 p-muted requests",
  "R 144,207 120x82 p-surface rx6",
  "T 150.5,238 26/700 p-accent 73",
  "T 150.5,262 12/400 p-muted Requests",
  "T 150.5,277 12/400 p-muted answered",
  "R 16,297 120x66 p-surface rx6",
  "T 22.5,328 26/700 p-accent 76.7%",
  "T 22.5,352 12/400 p-muted Disclosure rate",
  "R 144,297 120x98 p-surface rx6",
  "T 150.5,328 26/700 p-accent 0.0%",
  "T 150.5,352 12/400 p-muted Correction rate in",
  "T 150.5,367 12/400 p-muted reviews and",
  "T 150.5,383 12/400 p-muted lawsuits",
  "R 16,403 120x82 p-surface rx6",
  "T 22.5,434 26/700 p-accent 1,502",
  "T 22.5,458 12/400 p-muted Items published",
  "T 22.5,473 12/400 p-muted on the website",
  "R 144,403 120x82 p-surface rx6",
  "T 150.5,434 26/700 p-accent 3.03M",
  "T 150.5,458 12/400 p-muted Website page",
  "T 150.5,473 12/400 p-muted views",
  "R 16,493 120x82 p-surface rx6",
  "T 22.5,524 26/700 p-accent 1.22M",
  "T 22.5,548 12/400 p-muted New-media",
  "T 22.5,563 12/400 p-muted followers",
  "R 16,593 4x21 p-accent",
  "T 25,613 16/700 p-text How requests were answered",
  "T 16,639 13/400 p-text 73 answered, 56 disclosed in full or in",
  "T 16,657 13/400 p-text part: a disclosure rate of 76.7%.",
  "R 16,669 188.24657534246575x18 k-disclosed",
  "R 206.24657534246575,669 8.191780821917808x18 k-withheld",
  "R 216.43835616438355,669 28.575342465753423x18 k-unavailable",
  "R 247.01369863013696,669 14.986301369863014x18 k-other-handling",
  "R 16,698 10x10 k-disclosed rx2",
  "T 33,709 13/400 p-text Disclosed 56 (76.7%)",
  "R 16,717 10x10 k-withheld rx2",
  "T 33,728 13/400 p-text Withheld 3 (4.1%)",
  "R 16,736 10x10 k-unavailable rx2",
  "T 33,747 13/400 p-text Unable to provide 9 (12.3%)",
  "R 16,755 10x10 k-other-handling rx2",
  "T 33,766 13/400 p-text Other handling 5 (6.8%)",
  "R 16,785 4x21 p-accent",
  "T 25,805 16/700 p-text Who applied",
  "R 16,818 239.2054794520548x18 k-natural-person",
  "R 257.20547945205476,818 4.794520547945205x18 k-commercial",
  "R 16,847 10x10 k-natural-person rx2",
  "T 33,858 13/400 p-text Individuals 71 (97.3%)",
  "R 16,866 10x10 k-commercial rx2",
  "T 33,877 13/400 p-text Businesses 2 (2.7%)",
  "R 16,896 4x21 p-accent",
  "T 25,916 16/700 p-text Rules and normative",
  "T 25,938 16/700 p-text documents",
  "R 16,954 120x98 p-surface rx6",
  "T 22.5,985 26/700 p-accent 57",
  "T 22.5,1009 12/400 p-muted Normative",
  "T 22.5,1024 12/400 p-muted documents in",
  "T 22.5,1040 12/400 p-muted force",
  "R 144,954 120x66 p-surface rx6",
  "T 150.5,985 26/700 p-accent 0",
  "T 150.5,1009 12/400 p-muted Rules in force",
  "T 16,1074 13/400 p-text Normative documents: 4 issued and 3",
  "T 16,1092 13/400 p-text repealed this year.",
  "T 16,1121 13/400 p-text Rules: 0 issued and 0 repealed this",
  "T 16,1139 13/400 p-text year.",
  "R 16,1164 4x21 p-accent",
  "T 25,1184 16/700 p-text Licensing, penalties and",
  "T 25,1206 16/700 p-text coercion",
  "R 16,1222 77.33333333333333x62 p-surface rx6",
  "T 22.5,1250 23/700 p-accent 1,582",
  "T 22.5,1273 12/400 p-muted Licensing",
  "R 101.33333333333333,1222 77.33333333333333x62 p-surface rx6",
  "T 107.83333333333333,1250 23/700 p-accent 278",
  "T 107.83333333333333,1273 12/400 p-muted Penalties",
  "R 186.66666666666666,1222 77.33333333333333x78 p-surface rx6",
  "T 193.16666666666666,1250 23/700 p-accent 63",
  "T 193.16666666666666,1273 12/400 p-muted Coercive",
  "T 193.16666666666666,1288 12/400 p-muted measures",
  "T 16,1322 13/400 p-text Administrative fees collected:",
  "T 16,1340 13/400 p-text ¥4,988,000.",
  "R 16,1365 4x21 p-accent",
  "T 25,1385 16/700 p-text Administrative reviews and",
  "T 25,1407 16/700 p-text lawsuits",
  "T 16,1433 13/400 p-text Reviews and lawsuits about",
  "T 16,1451 13/400 p-text information requests: 1; corrected: 0;",
  "T 16,1469 13/400 p-text a correction rate of 0.0%.",
  "R 16,1481 246x18 k-upheld",
  "R 16,1510 10x10 k-upheld rx2",
  "T 33,1521 13/400 p-text Upheld 1 (100.0%)",
  "R 16,1540 4x21 p-accent",
  "T 25,1560 16/700 p-text What the website published",
  "T 16,1584 12/400 p-text 政务动态",
  "R 16,1588 192.27437185929648x9 p-accent rx2",
  "T 212.60770519262982,1596 12/400 p-text 522",
  "T 16,1616 12/400 p-text 公告",
  "R 16,1620 219.9x9 p-accent rx2",
  "T 240.23333333333335,1628 12/400 p-text 597",
  "T 16,1648 12/400 p-text 其他",
  "R 16,1652 141.0748743718593x9 p-accent rx2",
  "T 161.40820770519264,1660 12/400 p-text 383",
  "R 16,1682 4x21 p-accent",
  "T 25,1702 16/700 p-text Problems and plans",
  "R 16,1720 5x5 p-accent",
  "T 28,1728 13/400 p-text 2023年，我局认真全面推进政务公开各",
  "T 28,1746 13/400 p-text 项工作，但政务公开信息化程度有待提升，",
  "T 28,1764 13/400 p-text 政务公开的广度和深度不够，依申请公开",
  "T 28,1782 13/400 p-text 办理答复的质量和时效有待提高。",
  "R 16,1797 5x5 p-accent",
  "T 28,1805 13/400 p-text 下来，我局将通过加强信息化手段的运用",
  "T 28,1823 13/400 p-text 提高政府信息公开实效，不断拓宽政务公",
  "T 28,1841 13/400 p-text 开的渠道，丰富政务公开的形式，切实发",
  "T 28,1859 13/400 p-text 挥政府信息对人民群众生产、生活和经济",
  "T 28,1877 13/400 p-text 社会活动的服务作用。",
  "R 16,1892 5x5 p-accent",
  "T 28,1900 13/400 p-text 高度重视内容安全和网络安全，加强政府",
  "T 28,1918 13/400 p-text 网站、政务新媒体运维建设。",
  "R 16,1933 5x5 p-accent",
  "T 28,1941 13/400 p-text 规范依申请公开办理流程，提高申请回复",
  "T 28,1959 13/400 p-text 质量，切实保障申请人及相关各方的合法",
  "T 28,1977 13/400 p-text 权益。",
  "R 16,1998 248x1 p-rule",
  "T 16,2017 12/400 p-muted Source: T",
  "T 16,2035 12/400 p-muted Published 2024-01-19",
  "T 16,2053 12/400 p-muted https://www.example.gov.cn/zwgk/",
  "T 16,2069 12/400 p-muted xxgk/ndbg/2024/report-annual.html?id=",
  "T 16,2085 12/400 p-muted 12345&x=1"
]);
  });
});

describe('layoutPoster: sizes and the sections a report gives', () => {
  const sizes = (g: PosterGeometry) => texts(g).slice(0, 2).map((t) => t.size);
  it('sets the type by the width (u = width / 30, 13 to 24) and by a font size over 14.5 (× 1.15)', () => {
    // 375 px: u = 13 → kicker 13, title 21. 540 px: u = 18 → 18, 29. 900 px: u = 24 → 24, 38.
    expect(sizes(layoutPoster(dongguan, zh))).toEqual([13, 21]);
    expect(sizes(layoutPoster(dongguan, { width: 540, locale: 'zh-CN' }))).toEqual([18, 29]);
    expect(sizes(layoutPoster(dongguan, { width: 900, locale: 'zh-CN' }))).toEqual([24, 38]);
    // A font size of 14.5 is not over 14.5; 16 gives u = 18.4 → 18, 29.
    expect(sizes(layoutPoster(dongguan, { ...zh, fontSize: 14.5 }))).toEqual([13, 21]);
    expect(sizes(layoutPoster(dongguan, { ...zh, fontSize: 16 }))).toEqual([18, 29]);
    expect(layoutPoster(dongguan, { width: 100, locale: 'zh-CN' }).width).toBe(280);
  });

  it('leaves out a headline figure the report does not give, and counts only followers given', () => {
    const g = layoutPoster(
      { ...dongguan, reviewLitigation: undefined, platforms: { newMedia: [{ name: 'a', platform: 'wechat', followers: undefined }, { name: 'b', platform: 'weibo', followers: 5 }] } } as unknown as Report,
      zh,
    );
    const items = g.lines.slice(2, 6).map((l) => l.text);
    expect(items).toEqual(['新收政府信息公开申请：73件', '办结申请：73件', '公开率：76.7%', '政务新媒体粉丝：5']);
    expect(g.sections).toEqual(['headline', 'outcomes', 'applicants', 'documents', 'decisions', 'problems']);
    const none = layoutPoster({ ...dongguan, reviewLitigation: undefined, platforms: { newMedia: [{ name: 'a', platform: 'wechat' }] } } as unknown as Report, zh);
    expect(none.lines.map((l) => l.text)).not.toContain('政务新媒体粉丝：0');
    expect(none.lines.slice(2, 6).map((l) => l.text)).toEqual(['新收政府信息公开申请：73件', '办结申请：73件', '公开率：76.7%', '申请办理结果']);
  });

  it('draws rules and documents from inForce only, and a flow line for each given issued or repealed', () => {
    const base = { ...dongguan, applications: undefined, reviewLitigation: undefined, platforms: undefined, narrative: undefined };
    expect(layoutPoster({ ...base, proactive: { rules: { issued: 2, repealed: 1 } } } as Report, zh).sections).toEqual([]);
    const g = layoutPoster({ ...base, proactive: { rules: { inForce: 3, repealed: 1 }, normativeDocuments: { issued: 2 } } } as Report, zh);
    expect(g.sections).toEqual(['documents']);
    expect(said(g).slice(2)).toEqual([
      'item: 规章现行有效：3件',
      'text: 行政规范性文件：本年制发2件，废止无数据。',
      'text: 规章：本年制发无数据，废止1件。',
      'text: 数据来源：《2023年东莞市人力资源和社会保障局政府信息公开工作年度报告》',
      'text: 发布日期：2024-01-19',
    ]);
  });

  it('draws fees alone as the decisions section, with no figures', () => {
    const base = { ...dongguan, applications: undefined, reviewLitigation: undefined, platforms: undefined, narrative: undefined };
    const g = layoutPoster({ ...base, proactive: { fees: 1.5 } } as Report, zh);
    expect(g.sections).toEqual(['decisions']);
    expect(said(g).slice(1)).toEqual([
      'heading: 行政许可、处罚和强制',
      'text: 行政事业性收费1.5万元。',
      'text: 数据来源：《2023年东莞市人力资源和社会保障局政府信息公开工作年度报告》',
      'text: 发布日期：2024-01-19',
    ]);
    expect(g.summary).toBe('');
  });

  it('says no reviews in one line when there were none, and sums the results across the three blocks', () => {
    const base = { ...dongguan, applications: undefined, proactive: undefined, platforms: undefined, narrative: undefined };
    const blk = (upheld: number, corrected: number) => ({ upheld, corrected, other: 0, pending: 0, total: upheld + corrected });
    const none = layoutPoster({ ...base, reviewLitigation: { review: blk(0, 0), directSuit: blk(0, 0), suitAfterReview: blk(0, 0) } } as Report, zh);
    expect(said(none).slice(1)).toEqual([
      'heading: 行政复议和行政诉讼',
      'text: 2023年没有因政府信息公开引发的行政复议和行政诉讼。',
      'text: 数据来源：《2023年东莞市人力资源和社会保障局政府信息公开工作年度报告》',
      'text: 发布日期：2024-01-19',
    ]);
    const some = layoutPoster({ ...base, reviewLitigation: { review: blk(1, 1), directSuit: { upheld: 2 }, suitAfterReview: blk(0, 0) } } as Report, zh);
    expect(said(some).slice(1)).toEqual([
      'heading: 年度数字',
      'item: 行政复议、诉讼纠错率：50.0%',
      'heading: 行政复议和行政诉讼',
      'text: 因政府信息公开引发行政复议和行政诉讼2件，结果纠正1件，纠错率50.0%。',
      'item: 结果维持 3件（75.0%）',
      'item: 结果纠正 1件（25.0%）',
      'text: 数据来源：《2023年东莞市人力资源和社会保障局政府信息公开工作年度报告》',
      'text: 发布日期：2024-01-19',
    ]);
  });

  it('gives a website row its share of the items published, or of the rows’ sum when none is given', () => {
    const base = { ...dongguan, applications: undefined, proactive: undefined, reviewLitigation: undefined, narrative: undefined };
    const g = layoutPoster({ ...base, platforms: { website: { breakdown: [{ label: '甲', count: 1 }, { label: '乙', count: 3 }, { label: '丙' }] } } } as Report, zh);
    expect(g.sections).toEqual(['website']);
    expect(said(g).slice(1)).toEqual([
      'heading: 网站发布信息的构成',
      'item: 甲：1条，占25.0%',
      'item: 乙：3条，占75.0%',
      'text: 数据来源：《2023年东莞市人力资源和社会保障局政府信息公开工作年度报告》',
      'text: 发布日期：2024-01-19',
    ]);
    // 1 and 3 of 3: 317.3 px for the longest (343 − 19.2 for "3条" − 6.5), the value u/3 after.
    expect(flat(g).slice(4, 12)).toEqual([
      'R 16,121 4x21 p-accent',
      'T 25,141 16/700 p-text 网站发布信息的构成',
      'T 16,165 12/400 p-text 甲',
      'R 16,169 105.76666666666667x9 p-accent rx2',
      'T 126.1,177 12/400 p-text 1条',
      'T 16,197 12/400 p-text 乙',
      'R 16,201 317.3x9 p-accent rx2',
      'T 337.6333333333333,209 12/400 p-text 3条',
    ]);
    const of = layoutPoster({ ...base, platforms: { website: { published: 10, breakdown: [{ label: '甲', count: 0 }, { label: '乙', count: 0 }] } } } as Report, zh);
    expect(said(of).slice(1, 5)).toEqual(['heading: 年度数字', 'item: 网站发布信息：10条', 'heading: 网站发布信息的构成', 'item: 甲：0条，占0.0%']);
    // Rows of nothing are drawn 2 px wide, the value u/3 after them.
    expect(flat(of).filter((t) => t.endsWith('rx2')).map((t) => t.split(' ')[2])).toEqual(['2x9', '2x9']);
    expect(flat(of).filter((t) => t.endsWith(' 0条')).map((t) => t.split(' ')[1]!.split(',')[0])).toEqual(['22.333333333333332', '22.333333333333332']);
  });
});

describe('layoutTrend: 平潭 2019–2025, exactly', () => {
  const g = layoutTrend([2019, 2020, 2021, 2022, 2023, 2024, 2025].map(pt), { width: 600, locale: 'zh-CN' });
  const rows = (b: typeof g.requests | undefined) => b!.rows.map((r) => Object.fromEntries(['label', 'valueLabel', 'announce', 'absent', 'segments'].filter((k) => k in r).map((k) => [k, r[k as 'label']])));
  const ptrows = {
  "requests": [
    {
      "label": "2019年",
      "valueLabel": "23件",
      "announce": "2019年：本年新收 23件、上年结转 0件",
      "absent": false,
      "segments": [
        {
          "key": "received",
          "x": 0,
          "width": 58.53394495412844
        }
      ]
    },
    {
      "label": "2020年",
      "valueLabel": "21件",
      "announce": "2020年：本年新收 21件、上年结转 0件",
      "absent": false,
      "segments": [
        {
          "key": "received",
          "x": 0,
          "width": 53.444036697247704
        }
      ]
    },
    {
      "label": "2021年",
      "valueLabel": "70件",
      "announce": "2021年：本年新收 70件、上年结转 0件",
      "absent": false,
      "segments": [
        {
          "key": "received",
          "x": 0,
          "width": 178.14678899082568
        }
      ]
    },
    {
      "label": "2022年",
      "valueLabel": "75件",
      "announce": "2022年：本年新收 74件、上年结转 1件",
      "absent": false,
      "segments": [
        {
          "key": "received",
          "x": 0,
          "width": 188.32660550458715
        },
        {
          "key": "carried-over",
          "x": 188.32660550458715,
          "width": 2.544954128440367
        }
      ]
    },
    {
      "label": "2023年",
      "valueLabel": "81件",
      "announce": "2023年：本年新收 81件、上年结转 0件",
      "absent": false,
      "segments": [
        {
          "key": "received",
          "x": 0,
          "width": 206.14128440366972
        }
      ]
    },
    {
      "label": "2024年",
      "valueLabel": "218件",
      "announce": "2024年：本年新收 218件、上年结转 0件",
      "absent": false,
      "segments": [
        {
          "key": "received",
          "x": 0,
          "width": 554.8
        }
      ]
    },
    {
      "label": "2025年",
      "valueLabel": "154件",
      "announce": "2025年：本年新收 154件、上年结转 0件",
      "absent": false,
      "segments": [
        {
          "key": "received",
          "x": 0,
          "width": 391.9229357798165
        }
      ]
    }
  ],
  "outcomes": [
    {
      "label": "2019年 · 办结 23件",
      "valueLabel": "",
      "announce": "2019年：予以公开 30.4%、部分公开 4.3%、无法提供 52.2%、不予处理 13.0%",
      "absent": false,
      "segments": [
        {
          "key": "disclosed",
          "x": 0,
          "width": 180.7826086956522
        },
        {
          "key": "partly-disclosed",
          "x": 180.7826086956522,
          "width": 25.82608695652172
        },
        {
          "key": "unavailable",
          "x": 206.6086956521739,
          "width": 309.9130434782609
        },
        {
          "key": "not-processed",
          "x": 516.5217391304348,
          "width": 77.47826086956523
        }
      ]
    },
    {
      "label": "2020年 · 办结 21件",
      "valueLabel": "",
      "announce": "2020年：予以公开 33.3%、部分公开 28.6%、无法提供 33.3%、不予处理 14.3%、其他处理 19.0%",
      "absent": false,
      "segments": [
        {
          "key": "disclosed",
          "x": 0,
          "width": 198
        },
        {
          "key": "partly-disclosed",
          "x": 198,
          "width": 169.71428571428575
        },
        {
          "key": "unavailable",
          "x": 367.7142857142857,
          "width": 197.99999999999994
        },
        {
          "key": "not-processed",
          "x": 565.7142857142857,
          "width": 84.85714285714282
        },
        {
          "key": "other-handling",
          "x": 650.5714285714286,
          "width": 113.14285714285714
        }
      ]
    },
    {
      "label": "2021年 · 办结 69件",
      "valueLabel": "",
      "announce": "2021年：予以公开 43.5%、部分公开 7.2%、不予公开 11.6%、无法提供 36.2%、其他处理 1.4%",
      "absent": false,
      "segments": [
        {
          "key": "disclosed",
          "x": 0,
          "width": 258.2608695652174
        },
        {
          "key": "partly-disclosed",
          "x": 258.2608695652174,
          "width": 43.04347826086959
        },
        {
          "key": "withheld",
          "x": 301.304347826087,
          "width": 68.86956521739128
        },
        {
          "key": "unavailable",
          "x": 370.17391304347825,
          "width": 215.21739130434779
        },
        {
          "key": "other-handling",
          "x": 585.391304347826,
          "width": 8.608695652173886
        }
      ]
    },
    {
      "label": "2022年 · 办结 75件",
      "valueLabel": "",
      "announce": "2022年：予以公开 28.0%、部分公开 12.0%、不予公开 5.3%、无法提供 49.3%、其他处理 5.3%",
      "absent": false,
      "segments": [
        {
          "key": "disclosed",
          "x": 0,
          "width": 166.32000000000002
        },
        {
          "key": "partly-disclosed",
          "x": 166.32000000000002,
          "width": 71.28
        },
        {
          "key": "withheld",
          "x": 237.60000000000002,
          "width": 31.680000000000007
        },
        {
          "key": "unavailable",
          "x": 269.28000000000003,
          "width": 293.04
        },
        {
          "key": "other-handling",
          "x": 562.32,
          "width": 31.67999999999994
        }
      ]
    },
    {
      "label": "2023年 · 办结 81件",
      "valueLabel": "",
      "announce": "2023年：予以公开 27.2%、部分公开 24.7%、不予公开 6.2%、无法提供 38.3%、不予处理 1.2%、其他处理 2.5%",
      "absent": false,
      "segments": [
        {
          "key": "disclosed",
          "x": 0,
          "width": 161.33333333333331
        },
        {
          "key": "partly-disclosed",
          "x": 161.33333333333331,
          "width": 146.66666666666666
        },
        {
          "key": "withheld",
          "x": 308,
          "width": 36.66666666666663
        },
        {
          "key": "unavailable",
          "x": 344.66666666666663,
          "width": 227.3333333333333
        },
        {
          "key": "not-processed",
          "x": 571.9999999999999,
          "width": 7.333333333333366
        },
        {
          "key": "other-handling",
          "x": 579.3333333333333,
          "width": 14.666666666666666
        }
      ]
    },
    {
      "label": "2024年 · 办结 218件",
      "valueLabel": "",
      "announce": "2024年：予以公开 32.6%、部分公开 13.3%、不予公开 17.9%、无法提供 34.4%、不予处理 0.5%、其他处理 1.4%",
      "absent": false,
      "segments": [
        {
          "key": "disclosed",
          "x": 0,
          "width": 193.45871559633028
        },
        {
          "key": "partly-disclosed",
          "x": 193.45871559633028,
          "width": 79.01834862385323
        },
        {
          "key": "withheld",
          "x": 272.4770642201835,
          "width": 106.26605504587158
        },
        {
          "key": "unavailable",
          "x": 378.7431192660551,
          "width": 204.35779816513764
        },
        {
          "key": "not-processed",
          "x": 583.1009174311927,
          "width": 2.7247706422018183
        },
        {
          "key": "other-handling",
          "x": 585.8256880733945,
          "width": 8.174311926605455
        }
      ]
    },
    {
      "label": "2025年 · 办结 148件",
      "valueLabel": "",
      "announce": "2025年：予以公开 22.3%、部分公开 25.7%、不予公开 7.4%、无法提供 35.8%、不予处理 1.4%、其他处理 7.4%",
      "absent": false,
      "segments": [
        {
          "key": "disclosed",
          "x": 0,
          "width": 132.44594594594594
        },
        {
          "key": "partly-disclosed",
          "x": 132.44594594594594,
          "width": 152.51351351351352
        },
        {
          "key": "withheld",
          "x": 284.9594594594594,
          "width": 44.14864864864866
        },
        {
          "key": "unavailable",
          "x": 329.1081081081081,
          "width": 212.71621621621622
        },
        {
          "key": "not-processed",
          "x": 541.8243243243244,
          "width": 8.02702702702701
        },
        {
          "key": "other-handling",
          "x": 549.8513513513514,
          "width": 44.14864864864866
        }
      ]
    }
  ],
  "cases": [
    {
      "label": "2019年",
      "valueLabel": "0件",
      "announce": "2019年 复议诉讼案件：0件",
      "absent": false,
      "segments": []
    },
    {
      "label": "2020年",
      "valueLabel": "0件",
      "announce": "2020年 复议诉讼案件：0件",
      "absent": false,
      "segments": []
    },
    {
      "label": "2021年",
      "valueLabel": "15件",
      "announce": "2021年 复议诉讼案件：15件、结果维持 13件、其他结果 2件",
      "absent": false,
      "segments": [
        {
          "key": "upheld",
          "x": 0,
          "width": 130.7511111111111
        },
        {
          "key": "other-result",
          "x": 130.7511111111111,
          "width": 20.115555555555556
        }
      ]
    },
    {
      "label": "2022年",
      "valueLabel": "3件（结果纠正 1件）",
      "announce": "2022年 复议诉讼案件：3件、结果维持 1件、结果纠正 1件、其他结果 1件",
      "absent": false,
      "segments": [
        {
          "key": "upheld",
          "x": 0,
          "width": 10.057777777777778
        },
        {
          "key": "corrected",
          "x": 10.057777777777778,
          "width": 10.057777777777778
        },
        {
          "key": "other-result",
          "x": 20.115555555555556,
          "width": 10.057777777777778
        }
      ]
    },
    {
      "label": "2023年",
      "valueLabel": "9件（结果纠正 1件）",
      "announce": "2023年 复议诉讼案件：9件、结果维持 6件、结果纠正 1件、其他结果 1件、尚未审结 1件",
      "absent": false,
      "segments": [
        {
          "key": "upheld",
          "x": 0,
          "width": 60.346666666666664
        },
        {
          "key": "corrected",
          "x": 60.346666666666664,
          "width": 10.057777777777778
        },
        {
          "key": "other-result",
          "x": 70.40444444444445,
          "width": 10.057777777777778
        },
        {
          "key": "pending",
          "x": 80.46222222222222,
          "width": 10.057777777777778
        }
      ]
    },
    {
      "label": "2024年",
      "valueLabel": "26件（结果纠正 3件）",
      "announce": "2024年 复议诉讼案件：26件、结果维持 15件、结果纠正 3件、其他结果 7件、尚未审结 1件",
      "absent": false,
      "segments": [
        {
          "key": "upheld",
          "x": 0,
          "width": 150.86666666666667
        },
        {
          "key": "corrected",
          "x": 150.86666666666667,
          "width": 30.173333333333332
        },
        {
          "key": "other-result",
          "x": 181.04,
          "width": 70.40444444444445
        },
        {
          "key": "pending",
          "x": 251.44444444444446,
          "width": 10.057777777777778
        }
      ]
    },
    {
      "label": "2025年",
      "valueLabel": "45件（结果纠正 6件）",
      "announce": "2025年 复议诉讼案件：45件、结果维持 31件、结果纠正 6件、其他结果 8件",
      "absent": false,
      "segments": [
        {
          "key": "upheld",
          "x": 0,
          "width": 311.7911111111111
        },
        {
          "key": "corrected",
          "x": 311.7911111111111,
          "width": 60.346666666666664
        },
        {
          "key": "other-result",
          "x": 372.1377777777778,
          "width": 80.46222222222222
        }
      ]
    }
  ]
};
  const ptsel = {
  "requests": [
    {
      "section": "applications",
      "row": "received",
      "column": "total",
      "path": "applications.received.total",
      "value": 23,
      "label": "2019年 · 本年新收",
      "agency": "平潭综合实验区",
      "year": 2019
    },
    {
      "section": "applications",
      "row": "received",
      "column": "total",
      "path": "applications.received.total",
      "value": 21,
      "label": "2020年 · 本年新收",
      "agency": "平潭综合实验区",
      "year": 2020
    },
    {
      "section": "applications",
      "row": "received",
      "column": "total",
      "path": "applications.received.total",
      "value": 70,
      "label": "2021年 · 本年新收",
      "agency": "平潭综合实验区",
      "year": 2021
    },
    {
      "section": "applications",
      "row": "received",
      "column": "total",
      "path": "applications.received.total",
      "value": 74,
      "label": "2022年 · 本年新收",
      "agency": "平潭综合实验区",
      "year": 2022
    },
    {
      "section": "applications",
      "row": "received",
      "column": "total",
      "path": "applications.received.total",
      "value": 81,
      "label": "2023年 · 本年新收",
      "agency": "平潭综合实验区",
      "year": 2023
    },
    {
      "section": "applications",
      "row": "received",
      "column": "total",
      "path": "applications.received.total",
      "value": 218,
      "label": "2024年 · 本年新收",
      "agency": "平潭综合实验区",
      "year": 2024
    },
    {
      "section": "applications",
      "row": "received",
      "column": "total",
      "path": "applications.received.total",
      "value": 154,
      "label": "2025年 · 本年新收",
      "agency": "平潭综合实验区",
      "year": 2025
    }
  ],
  "outcomes": [
    {
      "section": "applications",
      "row": "outcomes.total",
      "column": "total",
      "path": "applications.outcomes.total.total",
      "value": 23,
      "label": "2019年 · 办结",
      "agency": "平潭综合实验区",
      "year": 2019
    },
    {
      "section": "applications",
      "row": "outcomes.total",
      "column": "total",
      "path": "applications.outcomes.total.total",
      "value": 21,
      "label": "2020年 · 办结",
      "agency": "平潭综合实验区",
      "year": 2020
    },
    {
      "section": "applications",
      "row": "outcomes.total",
      "column": "total",
      "path": "applications.outcomes.total.total",
      "value": 69,
      "label": "2021年 · 办结",
      "agency": "平潭综合实验区",
      "year": 2021
    },
    {
      "section": "applications",
      "row": "outcomes.total",
      "column": "total",
      "path": "applications.outcomes.total.total",
      "value": 75,
      "label": "2022年 · 办结",
      "agency": "平潭综合实验区",
      "year": 2022
    },
    {
      "section": "applications",
      "row": "outcomes.total",
      "column": "total",
      "path": "applications.outcomes.total.total",
      "value": 81,
      "label": "2023年 · 办结",
      "agency": "平潭综合实验区",
      "year": 2023
    },
    {
      "section": "applications",
      "row": "outcomes.total",
      "column": "total",
      "path": "applications.outcomes.total.total",
      "value": 218,
      "label": "2024年 · 办结",
      "agency": "平潭综合实验区",
      "year": 2024
    },
    {
      "section": "applications",
      "row": "outcomes.total",
      "column": "total",
      "path": "applications.outcomes.total.total",
      "value": 148,
      "label": "2025年 · 办结",
      "agency": "平潭综合实验区",
      "year": 2025
    }
  ],
  "cases": [
    {
      "section": "reviewLitigation",
      "row": "review",
      "column": "total",
      "path": "reviewLitigation.review.total",
      "value": 0,
      "label": "2019年 · 复议诉讼案件",
      "agency": "平潭综合实验区",
      "year": 2019
    },
    {
      "section": "reviewLitigation",
      "row": "review",
      "column": "total",
      "path": "reviewLitigation.review.total",
      "value": 0,
      "label": "2020年 · 复议诉讼案件",
      "agency": "平潭综合实验区",
      "year": 2020
    },
    {
      "section": "reviewLitigation",
      "row": "review",
      "column": "total",
      "path": "reviewLitigation.review.total",
      "value": 15,
      "label": "2021年 · 复议诉讼案件",
      "agency": "平潭综合实验区",
      "year": 2021
    },
    {
      "section": "reviewLitigation",
      "row": "review",
      "column": "total",
      "path": "reviewLitigation.review.total",
      "value": 3,
      "label": "2022年 · 复议诉讼案件",
      "agency": "平潭综合实验区",
      "year": 2022
    },
    {
      "section": "reviewLitigation",
      "row": "review",
      "column": "total",
      "path": "reviewLitigation.review.total",
      "value": 9,
      "label": "2023年 · 复议诉讼案件",
      "agency": "平潭综合实验区",
      "year": 2023
    },
    {
      "section": "reviewLitigation",
      "row": "review",
      "column": "total",
      "path": "reviewLitigation.review.total",
      "value": 26,
      "label": "2024年 · 复议诉讼案件",
      "agency": "平潭综合实验区",
      "year": 2024
    },
    {
      "section": "reviewLitigation",
      "row": "review",
      "column": "total",
      "path": "reviewLitigation.review.total",
      "value": 45,
      "label": "2025年 · 复议诉讼案件",
      "agency": "平潭综合实验区",
      "year": 2025
    }
  ]
};
  const ptpaths = {
  "requests": [
    {
      "key": "received",
      "d": "M0,22h57.5v20H0ZM0,78h52.4v20H0ZM0,134h177.1v20H0ZM0,190h187.3v20H0ZM0,246h205.1v20H0ZM0,302h553.8v20H0ZM0,358h390.9v20H0Z"
    },
    {
      "key": "carried-over",
      "d": "M188.3,190h1.5v20H188.3Z"
    }
  ],
  "outcomes": [
    {
      "key": "disclosed",
      "d": "M0,22h179.8v20H0ZM0,78h197v20H0ZM0,134h257.3v20H0ZM0,190h165.3v20H0ZM0,246h160.3v20H0ZM0,302h192.5v20H0ZM0,358h131.4v20H0Z"
    },
    {
      "key": "partly-disclosed",
      "d": "M180.8,22h24.8v20H180.8ZM198,78h168.7v20H198ZM258.3,134h42v20H258.3ZM166.3,190h70.3v20H166.3ZM161.3,246h145.7v20H161.3ZM193.5,302h78v20H193.5ZM132.4,358h151.5v20H132.4Z"
    },
    {
      "key": "unavailable",
      "d": "M206.6,22h308.9v20H206.6ZM367.7,78h197v20H367.7ZM370.2,134h214.2v20H370.2ZM269.3,190h292v20H269.3ZM344.7,246h226.3v20H344.7ZM378.7,302h203.4v20H378.7ZM329.1,358h211.7v20H329.1Z"
    },
    {
      "key": "not-processed",
      "d": "M516.5,22h76.5v20H516.5ZM565.7,78h83.9v20H565.7ZM572,246h6.3v20H572ZM583.1,302h1.7v20H583.1ZM541.8,358h7v20H541.8Z"
    },
    {
      "key": "other-handling",
      "d": "M650.6,78h112.1v20H650.6ZM585.4,134h7.6v20H585.4ZM562.3,190h30.7v20H562.3ZM579.3,246h13.7v20H579.3ZM585.8,302h7.2v20H585.8ZM549.9,358h43.1v20H549.9Z"
    },
    {
      "key": "withheld",
      "d": "M301.3,134h67.9v20H301.3ZM237.6,190h30.7v20H237.6ZM308,246h35.7v20H308ZM272.5,302h105.3v20H272.5ZM285,358h43.1v20H285Z"
    }
  ],
  "cases": [
    {
      "key": "upheld",
      "d": "M0,134h129.8v20H0ZM0,190h9.1v20H0ZM0,246h59.3v20H0ZM0,302h149.9v20H0ZM0,358h310.8v20H0Z"
    },
    {
      "key": "other-result",
      "d": "M130.8,134h19.1v20H130.8ZM20.1,190h9.1v20H20.1ZM70.4,246h9.1v20H70.4ZM181,302h69.4v20H181ZM372.1,358h79.5v20H372.1Z"
    },
    {
      "key": "corrected",
      "d": "M10.1,190h9.1v20H10.1ZM60.3,246h9.1v20H60.3ZM150.9,302h29.2v20H150.9ZM311.8,358h59.3v20H311.8Z"
    },
    {
      "key": "pending",
      "d": "M80.5,246h9.1v20H80.5ZM251.4,302h9.1v20H251.4Z"
    }
  ]
};
  it('gives the figures, their notes and the summary', () => {
    expect(g.figures).toEqual([
  {
    "key": "received",
    "label": "2025年新收申请",
    "value": "154件",
    "note": "比上年减少29.4%"
  },
  {
    "key": "disclosureRate",
    "label": "2025年公开率",
    "value": "48.0%"
  },
  {
    "key": "correctionRate",
    "label": "2025年纠错率",
    "value": "13.3%"
  }
]);
    expect(g.summary).toBe("2019年至2025年，新收申请从23件变为154件（增加569.6%）；2025年比上年减少29.4%；公开率最高的是2020年（61.9%），最低的是2019年（34.8%）。");
    const en = layoutTrend([2019, 2020, 2021, 2022, 2023, 2024, 2025].map(pt), { width: 600, locale: 'en' });
    expect(en.figures).toEqual([
  {
    "key": "received",
    "label": "New requests, 2025",
    "value": "154",
    "note": "down 29.4% on the year before"
  },
  {
    "key": "disclosureRate",
    "label": "Disclosure rate, 2025",
    "value": "48.0%"
  },
  {
    "key": "correctionRate",
    "label": "Correction rate, 2025",
    "value": "13.3%"
  }
]);
    expect(en.summary).toBe("From 2019 to 2025, new requests went from 23 to 154 (up 569.6%); in 2025 they were down 29.4% on the year before; the disclosure rate was highest in 2020 (61.9%) and lowest in 2019 (34.8%).");
  });
  it.each(['requests', 'outcomes', 'cases'] as const)('gives the %s rows’ labels, value labels, words, segments, selections and paths', (chart) => {
    expect(rows(g[chart])).toEqual(ptrows[chart]);
    expect(g[chart]!.rows.map((r) => r.select)).toEqual(ptsel[chart]);
    expect(g[chart]!.paths).toEqual(ptpaths[chart]);
  });
  it('gives each rate point its words (rate, numerator ÷ denominator) and its selection', () => {
    expect(g.ratePoints.map((p) => ({ series: p.series, announce: p.announce, select: p.select }))).toEqual([
  {
    "series": "disclosureRate",
    "announce": "2019年 公开率：34.8%（8件 ÷ 23件）",
    "select": {
      "section": "applications",
      "row": "outcomes",
      "column": "disclosureRate",
      "path": "applications.outcomes.disclosureRate",
      "value": 0.34782608695652173,
      "label": "2019年 · 公开率",
      "agency": "平潭综合实验区",
      "year": 2019
    }
  },
  {
    "series": "disclosureRate",
    "announce": "2020年 公开率：61.9%（13件 ÷ 21件）",
    "select": {
      "section": "applications",
      "row": "outcomes",
      "column": "disclosureRate",
      "path": "applications.outcomes.disclosureRate",
      "value": 0.6190476190476191,
      "label": "2020年 · 公开率",
      "agency": "平潭综合实验区",
      "year": 2020
    }
  },
  {
    "series": "disclosureRate",
    "announce": "2021年 公开率：50.7%（35件 ÷ 69件）",
    "select": {
      "section": "applications",
      "row": "outcomes",
      "column": "disclosureRate",
      "path": "applications.outcomes.disclosureRate",
      "value": 0.5072463768115942,
      "label": "2021年 · 公开率",
      "agency": "平潭综合实验区",
      "year": 2021
    }
  },
  {
    "series": "disclosureRate",
    "announce": "2022年 公开率：40.0%（30件 ÷ 75件）",
    "select": {
      "section": "applications",
      "row": "outcomes",
      "column": "disclosureRate",
      "path": "applications.outcomes.disclosureRate",
      "value": 0.4,
      "label": "2022年 · 公开率",
      "agency": "平潭综合实验区",
      "year": 2022
    }
  },
  {
    "series": "disclosureRate",
    "announce": "2023年 公开率：51.9%（42件 ÷ 81件）",
    "select": {
      "section": "applications",
      "row": "outcomes",
      "column": "disclosureRate",
      "path": "applications.outcomes.disclosureRate",
      "value": 0.5185185185185185,
      "label": "2023年 · 公开率",
      "agency": "平潭综合实验区",
      "year": 2023
    }
  },
  {
    "series": "disclosureRate",
    "announce": "2024年 公开率：45.9%（100件 ÷ 218件）",
    "select": {
      "section": "applications",
      "row": "outcomes",
      "column": "disclosureRate",
      "path": "applications.outcomes.disclosureRate",
      "value": 0.45871559633027525,
      "label": "2024年 · 公开率",
      "agency": "平潭综合实验区",
      "year": 2024
    }
  },
  {
    "series": "disclosureRate",
    "announce": "2025年 公开率：48.0%（71件 ÷ 148件）",
    "select": {
      "section": "applications",
      "row": "outcomes",
      "column": "disclosureRate",
      "path": "applications.outcomes.disclosureRate",
      "value": 0.4797297297297297,
      "label": "2025年 · 公开率",
      "agency": "平潭综合实验区",
      "year": 2025
    }
  },
  {
    "series": "correctionRate",
    "announce": "2021年 纠错率：0.0%（0件 ÷ 15件）",
    "select": {
      "section": "reviewLitigation",
      "row": "review",
      "column": "correctionRate",
      "path": "reviewLitigation.review.correctionRate",
      "value": 0,
      "label": "2021年 · 纠错率",
      "agency": "平潭综合实验区",
      "year": 2021
    }
  },
  {
    "series": "correctionRate",
    "announce": "2022年 纠错率：33.3%（1件 ÷ 3件）",
    "select": {
      "section": "reviewLitigation",
      "row": "review",
      "column": "correctionRate",
      "path": "reviewLitigation.review.correctionRate",
      "value": 0.3333333333333333,
      "label": "2022年 · 纠错率",
      "agency": "平潭综合实验区",
      "year": 2022
    }
  },
  {
    "series": "correctionRate",
    "announce": "2023年 纠错率：12.5%（1件 ÷ 8件）",
    "select": {
      "section": "reviewLitigation",
      "row": "review",
      "column": "correctionRate",
      "path": "reviewLitigation.review.correctionRate",
      "value": 0.125,
      "label": "2023年 · 纠错率",
      "agency": "平潭综合实验区",
      "year": 2023
    }
  },
  {
    "series": "correctionRate",
    "announce": "2024年 纠错率：12.0%（3件 ÷ 25件）",
    "select": {
      "section": "reviewLitigation",
      "row": "review",
      "column": "correctionRate",
      "path": "reviewLitigation.review.correctionRate",
      "value": 0.12,
      "label": "2024年 · 纠错率",
      "agency": "平潭综合实验区",
      "year": 2024
    }
  },
  {
    "series": "correctionRate",
    "announce": "2025年 纠错率：13.3%（6件 ÷ 45件）",
    "select": {
      "section": "reviewLitigation",
      "row": "review",
      "column": "correctionRate",
      "path": "reviewLitigation.review.correctionRate",
      "value": 0.13333333333333333,
      "label": "2025年 · 纠错率",
      "agency": "平潭综合实验区",
      "year": 2025
    }
  }
]);
  });
  it('tables every year’s figures', () => {
    expect(trendTables(g, 'zh-CN')).toEqual([
  {
    "caption": "平潭综合实验区 · 历年政府信息公开申请办理情况",
    "head": [
      [
        {
          "text": "年度",
          "header": "col"
        },
        {
          "text": "本年新收",
          "header": "col"
        },
        {
          "text": "上年结转",
          "header": "col"
        },
        {
          "text": "予以公开",
          "header": "col"
        },
        {
          "text": "部分公开",
          "header": "col"
        },
        {
          "text": "不予公开",
          "header": "col"
        },
        {
          "text": "无法提供",
          "header": "col"
        },
        {
          "text": "不予处理",
          "header": "col"
        },
        {
          "text": "其他处理",
          "header": "col"
        },
        {
          "text": "总计",
          "header": "col"
        },
        {
          "text": "结转下年度",
          "header": "col"
        },
        {
          "text": "公开率",
          "header": "col"
        }
      ]
    ],
    "body": [
      [
        {
          "text": "2019年",
          "header": "row"
        },
        {
          "text": "23"
        },
        {
          "text": "0"
        },
        {
          "text": "7"
        },
        {
          "text": "1"
        },
        {
          "text": "0"
        },
        {
          "text": "12"
        },
        {
          "text": "3"
        },
        {
          "text": "0"
        },
        {
          "text": "23"
        },
        {
          "text": "0"
        },
        {
          "text": "34.8%"
        }
      ],
      [
        {
          "text": "2020年",
          "header": "row"
        },
        {
          "text": "21"
        },
        {
          "text": "0"
        },
        {
          "text": "7"
        },
        {
          "text": "6"
        },
        {
          "text": "0"
        },
        {
          "text": "7"
        },
        {
          "text": "3"
        },
        {
          "text": "4"
        },
        {
          "text": "21"
        },
        {
          "text": "0"
        },
        {
          "text": "61.9%"
        }
      ],
      [
        {
          "text": "2021年",
          "header": "row"
        },
        {
          "text": "70"
        },
        {
          "text": "0"
        },
        {
          "text": "30"
        },
        {
          "text": "5"
        },
        {
          "text": "8"
        },
        {
          "text": "25"
        },
        {
          "text": "0"
        },
        {
          "text": "1"
        },
        {
          "text": "69"
        },
        {
          "text": "1"
        },
        {
          "text": "50.7%"
        }
      ],
      [
        {
          "text": "2022年",
          "header": "row"
        },
        {
          "text": "74"
        },
        {
          "text": "1"
        },
        {
          "text": "21"
        },
        {
          "text": "9"
        },
        {
          "text": "4"
        },
        {
          "text": "37"
        },
        {
          "text": "0"
        },
        {
          "text": "4"
        },
        {
          "text": "75"
        },
        {
          "text": "0"
        },
        {
          "text": "40.0%"
        }
      ],
      [
        {
          "text": "2023年",
          "header": "row"
        },
        {
          "text": "81"
        },
        {
          "text": "0"
        },
        {
          "text": "22"
        },
        {
          "text": "20"
        },
        {
          "text": "5"
        },
        {
          "text": "31"
        },
        {
          "text": "1"
        },
        {
          "text": "2"
        },
        {
          "text": "81"
        },
        {
          "text": "0"
        },
        {
          "text": "51.9%"
        }
      ],
      [
        {
          "text": "2024年",
          "header": "row"
        },
        {
          "text": "218"
        },
        {
          "text": "0"
        },
        {
          "text": "71"
        },
        {
          "text": "29"
        },
        {
          "text": "39"
        },
        {
          "text": "75"
        },
        {
          "text": "1"
        },
        {
          "text": "3"
        },
        {
          "text": "218"
        },
        {
          "text": "0"
        },
        {
          "text": "45.9%"
        }
      ],
      [
        {
          "text": "2025年",
          "header": "row"
        },
        {
          "text": "154"
        },
        {
          "text": "0"
        },
        {
          "text": "33"
        },
        {
          "text": "38"
        },
        {
          "text": "11"
        },
        {
          "text": "53"
        },
        {
          "text": "2"
        },
        {
          "text": "11"
        },
        {
          "text": "148"
        },
        {
          "text": "6"
        },
        {
          "text": "48.0%"
        }
      ]
    ]
  },
  {
    "caption": "平潭综合实验区 · 行政复议和行政诉讼",
    "head": [
      [
        {
          "text": "年度",
          "header": "col"
        },
        {
          "text": "行政复议",
          "header": "col"
        },
        {
          "text": "未经复议直接起诉",
          "header": "col"
        },
        {
          "text": "复议后起诉",
          "header": "col"
        },
        {
          "text": "总计",
          "header": "col"
        },
        {
          "text": "结果纠正",
          "header": "col"
        },
        {
          "text": "尚未审结",
          "header": "col"
        },
        {
          "text": "已审结",
          "header": "col"
        },
        {
          "text": "纠错率",
          "header": "col"
        }
      ]
    ],
    "body": [
      [
        {
          "text": "2019年",
          "header": "row"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "—"
        }
      ],
      [
        {
          "text": "2020年",
          "header": "row"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "—"
        }
      ],
      [
        {
          "text": "2021年",
          "header": "row"
        },
        {
          "text": "3"
        },
        {
          "text": "12"
        },
        {
          "text": "0"
        },
        {
          "text": "15"
        },
        {
          "text": "0"
        },
        {
          "text": "0"
        },
        {
          "text": "15"
        },
        {
          "text": "0.0%"
        }
      ],
      [
        {
          "text": "2022年",
          "header": "row"
        },
        {
          "text": "2"
        },
        {
          "text": "1"
        },
        {
          "text": "0"
        },
        {
          "text": "3"
        },
        {
          "text": "1"
        },
        {
          "text": "0"
        },
        {
          "text": "3"
        },
        {
          "text": "33.3%"
        }
      ],
      [
        {
          "text": "2023年",
          "header": "row"
        },
        {
          "text": "2"
        },
        {
          "text": "5"
        },
        {
          "text": "2"
        },
        {
          "text": "9"
        },
        {
          "text": "1"
        },
        {
          "text": "1"
        },
        {
          "text": "8"
        },
        {
          "text": "12.5%"
        }
      ],
      [
        {
          "text": "2024年",
          "header": "row"
        },
        {
          "text": "7"
        },
        {
          "text": "0"
        },
        {
          "text": "19"
        },
        {
          "text": "26"
        },
        {
          "text": "3"
        },
        {
          "text": "1"
        },
        {
          "text": "25"
        },
        {
          "text": "12.0%"
        }
      ],
      [
        {
          "text": "2025年",
          "header": "row"
        },
        {
          "text": "36"
        },
        {
          "text": "6"
        },
        {
          "text": "3"
        },
        {
          "text": "45"
        },
        {
          "text": "6"
        },
        {
          "text": "0"
        },
        {
          "text": "45"
        },
        {
          "text": "13.3%"
        }
      ]
    ]
  }
]);
  });
});

describe('layoutTrend: the same, up, down, from zero, gaps and no data', () => {
  const ex = {
  "same": {
    "figures": [
      {
        "key": "received",
        "label": "2025年新收申请",
        "value": "218件",
        "note": "与上年持平"
      },
      {
        "key": "disclosureRate",
        "label": "2025年公开率",
        "value": "45.9%"
      },
      {
        "key": "correctionRate",
        "label": "2025年纠错率",
        "value": "12.0%"
      }
    ],
    "summary": "2024年至2025年，新收申请从218件变为218件；2025年与上年持平。",
    "points": [
      [
        "disclosureRate",
        "2024年 公开率：45.9%（100件 ÷ 218件）",
        "2024年 · 公开率"
      ],
      [
        "disclosureRate",
        "2025年 公开率：45.9%（100件 ÷ 218件）",
        "2025年 · 公开率"
      ],
      [
        "correctionRate",
        "2024年 纠错率：12.0%（3件 ÷ 25件）",
        "2024年 · 纠错率"
      ],
      [
        "correctionRate",
        "2025年 纠错率：12.0%（3件 ÷ 25件）",
        "2025年 · 纠错率"
      ]
    ],
    "tables": [
      [
        "2024年|218|0|71|29|39|75|1|3|218|0|45.9%",
        "2025年|218|0|71|29|39|75|1|3|218|0|45.9%"
      ],
      [
        "2024年|7|0|19|26|3|1|25|12.0%",
        "2025年|7|0|19|26|3|1|25|12.0%"
      ]
    ],
    "marks": [
      2,
      4,
      2,
      2,
      null
    ],
    "rates": [
      "disclosureRate",
      "correctionRate"
    ]
  },
  "up": {
    "figures": [
      {
        "key": "received",
        "label": "New requests, 2024",
        "value": "218",
        "note": "up 169.1% on the year before"
      },
      {
        "key": "disclosureRate",
        "label": "Disclosure rate, 2024",
        "value": "45.9%"
      },
      {
        "key": "correctionRate",
        "label": "Correction rate, 2024",
        "value": "12.0%"
      }
    ],
    "summary": "From 2023 to 2024, new requests went from 81 to 218 (up 169.1%); in 2024 they were up 169.1% on the year before; the disclosure rate was highest in 2023 (51.9%) and lowest in 2024 (45.9%).",
    "points": [
      [
        "disclosureRate",
        "2023 Disclosure rate: 51.9% (42 ÷ 81)",
        "2023 · Disclosure rate"
      ],
      [
        "disclosureRate",
        "2024 Disclosure rate: 45.9% (100 ÷ 218)",
        "2024 · Disclosure rate"
      ],
      [
        "correctionRate",
        "2023 Correction rate: 12.5% (1 ÷ 8)",
        "2023 · Correction rate"
      ],
      [
        "correctionRate",
        "2024 Correction rate: 12.0% (3 ÷ 25)",
        "2024 · Correction rate"
      ]
    ],
    "tables": [
      [
        "2023|81|0|22|20|5|31|1|2|81|0|51.9%",
        "2024|218|0|71|29|39|75|1|3|218|0|45.9%"
      ],
      [
        "2023|2|5|2|9|1|1|8|12.5%",
        "2024|7|0|19|26|3|1|25|12.0%"
      ]
    ],
    "marks": [
      2,
      4,
      2,
      2,
      null
    ],
    "rates": [
      "disclosureRate",
      "correctionRate"
    ]
  },
  "fromZero": {
    "figures": [
      {
        "key": "received",
        "label": "2024年新收申请",
        "value": "218件",
        "note": "上年无可比数据"
      },
      {
        "key": "disclosureRate",
        "label": "2024年公开率",
        "value": "45.9%"
      },
      {
        "key": "correctionRate",
        "label": "2024年纠错率",
        "value": "12.0%"
      }
    ],
    "summary": "2023年至2024年，新收申请从0件变为218件。",
    "points": [
      [
        "disclosureRate",
        "2024年 公开率：45.9%（100件 ÷ 218件）",
        "2024年 · 公开率"
      ],
      [
        "correctionRate",
        "2024年 纠错率：12.0%（3件 ÷ 25件）",
        "2024年 · 纠错率"
      ]
    ],
    "tables": [
      [
        "2023年|0|0|0|0|0|0|0|0|0|0|—",
        "2024年|218|0|71|29|39|75|1|3|218|0|45.9%"
      ],
      [
        "2023年|0|0|0|0|0|0|0|—",
        "2024年|7|0|19|26|3|1|25|12.0%"
      ]
    ],
    "marks": [
      2,
      2,
      2,
      2,
      null
    ],
    "rates": [
      "disclosureRate",
      "correctionRate"
    ]
  },
  "zeroLast": {
    "figures": [
      {
        "key": "received",
        "label": "2023年新收申请",
        "value": "0件",
        "note": "比上年减少100.0%"
      },
      {
        "key": "correctionRate",
        "label": "2022年纠错率",
        "value": "12.0%"
      }
    ],
    "summary": "2022年至2023年，新收申请从218件变为0件（减少100.0%）；2023年比上年减少100.0%。",
    "points": [
      [
        "disclosureRate",
        "2022年 公开率：45.9%（100件 ÷ 218件）",
        "2022年 · 公开率"
      ],
      [
        "correctionRate",
        "2022年 纠错率：12.0%（3件 ÷ 25件）",
        "2022年 · 纠错率"
      ]
    ],
    "tables": [
      [
        "2022年|218|0|71|29|39|75|1|3|218|0|45.9%",
        "2023年|0|0|0|0|0|0|0|0|0|0|—"
      ],
      [
        "2022年|7|0|19|26|3|1|25|12.0%",
        "2023年|0|0|0|0|0|0|0|—"
      ]
    ],
    "marks": [
      2,
      2,
      2,
      2,
      null
    ],
    "rates": [
      "disclosureRate",
      "correctionRate"
    ]
  },
  "gapNoCases": {
    "figures": [
      {
        "key": "received",
        "label": "New requests, 2020",
        "value": "218",
        "note": "no figure for the year before"
      },
      {
        "key": "disclosureRate",
        "label": "Disclosure rate, 2020",
        "value": "45.9%"
      }
    ],
    "summary": "",
    "points": [
      [
        "disclosureRate",
        "2020 Disclosure rate: 45.9% (100 ÷ 218)",
        "2020 · Disclosure rate"
      ]
    ],
    "tables": [
      [
        "2020|218|0|71|29|39|75|1|3|218|0|45.9%",
        "2021|no report",
        "2022|—|—|—|—|—|—|—|—|—|—|—"
      ]
    ],
    "marks": [
      3,
      1,
      3,
      null,
      null
    ],
    "rates": [
      "disclosureRate"
    ]
  }
};
  const exrows = {
  "same": {
    "requests": [
      {
        "label": "2024年",
        "valueLabel": "218件",
        "announce": "2024年：本年新收 218件、上年结转 0件",
        "absent": false
      },
      {
        "label": "2025年",
        "valueLabel": "218件",
        "announce": "2025年：本年新收 218件、上年结转 0件",
        "absent": false
      }
    ],
    "outcomes": [
      {
        "label": "2024年 · 办结 218件",
        "valueLabel": "",
        "announce": "2024年：予以公开 32.6%、部分公开 13.3%、不予公开 17.9%、无法提供 34.4%、不予处理 0.5%、其他处理 1.4%",
        "absent": false
      },
      {
        "label": "2025年 · 办结 218件",
        "valueLabel": "",
        "announce": "2025年：予以公开 32.6%、部分公开 13.3%、不予公开 17.9%、无法提供 34.4%、不予处理 0.5%、其他处理 1.4%",
        "absent": false
      }
    ],
    "cases": [
      {
        "label": "2024年",
        "valueLabel": "26件（结果纠正 3件）",
        "announce": "2024年 复议诉讼案件：26件、结果维持 15件、结果纠正 3件、其他结果 7件、尚未审结 1件",
        "absent": false
      },
      {
        "label": "2025年",
        "valueLabel": "26件（结果纠正 3件）",
        "announce": "2025年 复议诉讼案件：26件、结果维持 15件、结果纠正 3件、其他结果 7件、尚未审结 1件",
        "absent": false
      }
    ]
  },
  "up": {
    "requests": [
      {
        "label": "2023",
        "valueLabel": "81",
        "announce": "2023: New 81, Carried over 0",
        "absent": false
      },
      {
        "label": "2024",
        "valueLabel": "218",
        "announce": "2024: New 218, Carried over 0",
        "absent": false
      }
    ],
    "outcomes": [
      {
        "label": "2023 · Answered 81",
        "valueLabel": "",
        "announce": "2023: Disclosed 27.2%, Partly disclosed 24.7%, Withheld 6.2%, Unable to provide 38.3%, Not processed 1.2%, Other handling 2.5%",
        "absent": false
      },
      {
        "label": "2024 · Answered 218",
        "valueLabel": "",
        "announce": "2024: Disclosed 32.6%, Partly disclosed 13.3%, Withheld 17.9%, Unable to provide 34.4%, Not processed 0.5%, Other handling 1.4%",
        "absent": false
      }
    ],
    "cases": [
      {
        "label": "2023",
        "valueLabel": "9 (Corrected 1)",
        "announce": "2023 Reviews and lawsuits: 9, Upheld 6, Corrected 1, Other result 1, Pending 1",
        "absent": false
      },
      {
        "label": "2024",
        "valueLabel": "26 (Corrected 3)",
        "announce": "2024 Reviews and lawsuits: 26, Upheld 15, Corrected 3, Other result 7, Pending 1",
        "absent": false
      }
    ]
  },
  "fromZero": {
    "requests": [
      {
        "label": "2023年",
        "valueLabel": "0件",
        "announce": "2023年：本年新收 0件、上年结转 0件",
        "absent": false
      },
      {
        "label": "2024年",
        "valueLabel": "218件",
        "announce": "2024年：本年新收 218件、上年结转 0件",
        "absent": false
      }
    ],
    "outcomes": [
      {
        "label": "2023年 · 办结 0件",
        "valueLabel": "0件",
        "announce": "2023年：0件",
        "absent": true
      },
      {
        "label": "2024年 · 办结 218件",
        "valueLabel": "",
        "announce": "2024年：予以公开 32.6%、部分公开 13.3%、不予公开 17.9%、无法提供 34.4%、不予处理 0.5%、其他处理 1.4%",
        "absent": false
      }
    ],
    "cases": [
      {
        "label": "2023年",
        "valueLabel": "0件",
        "announce": "2023年 复议诉讼案件：0件",
        "absent": false
      },
      {
        "label": "2024年",
        "valueLabel": "26件（结果纠正 3件）",
        "announce": "2024年 复议诉讼案件：26件、结果维持 15件、结果纠正 3件、其他结果 7件、尚未审结 1件",
        "absent": false
      }
    ]
  },
  "zeroLast": {
    "requests": [
      {
        "label": "2022年",
        "valueLabel": "218件",
        "announce": "2022年：本年新收 218件、上年结转 0件",
        "absent": false
      },
      {
        "label": "2023年",
        "valueLabel": "0件",
        "announce": "2023年：本年新收 0件、上年结转 0件",
        "absent": false
      }
    ],
    "outcomes": [
      {
        "label": "2022年 · 办结 218件",
        "valueLabel": "",
        "announce": "2022年：予以公开 32.6%、部分公开 13.3%、不予公开 17.9%、无法提供 34.4%、不予处理 0.5%、其他处理 1.4%",
        "absent": false
      },
      {
        "label": "2023年 · 办结 0件",
        "valueLabel": "0件",
        "announce": "2023年：0件",
        "absent": true
      }
    ],
    "cases": [
      {
        "label": "2022年",
        "valueLabel": "26件（结果纠正 3件）",
        "announce": "2022年 复议诉讼案件：26件、结果维持 15件、结果纠正 3件、其他结果 7件、尚未审结 1件",
        "absent": false
      },
      {
        "label": "2023年",
        "valueLabel": "0件",
        "announce": "2023年 复议诉讼案件：0件",
        "absent": false
      }
    ]
  },
  "gapNoCases": {
    "requests": [
      {
        "label": "2020",
        "valueLabel": "218",
        "announce": "2020: New 218, Carried over 0",
        "absent": false
      },
      {
        "label": "2021",
        "valueLabel": "no report",
        "announce": "2021: no report",
        "absent": true
      },
      {
        "label": "2022",
        "valueLabel": "No data",
        "announce": "2022: No data",
        "absent": true
      }
    ],
    "outcomes": [
      {
        "label": "2020 · Answered 218",
        "valueLabel": "",
        "announce": "2020: Disclosed 32.6%, Partly disclosed 13.3%, Withheld 17.9%, Unable to provide 34.4%, Not processed 0.5%, Other handling 1.4%",
        "absent": false
      },
      {
        "label": "2021",
        "valueLabel": "no report",
        "announce": "2021: no report",
        "absent": true
      },
      {
        "label": "2022",
        "valueLabel": "No data",
        "announce": "2022: No data",
        "absent": true
      }
    ],
    "cases": null
  }
};
  const cases: Record<keyof typeof ex, [Report[], 'zh-CN' | 'en']> = {
    same: [[pt(2024), { ...pt(2024), year: 2025 }], 'zh-CN'],
    up: [[pt(2023), pt(2024)], 'en'],
    fromZero: [[zero, { ...pt(2024), year: zero.year + 1 }], 'zh-CN'],
    zeroLast: [[{ ...pt(2024), year: zero.year - 1 }, zero], 'zh-CN'],
    gapNoCases: [[{ ...pt(2024), reviewLitigation: undefined, year: 2020 }, { ...pt(2024), reviewLitigation: undefined, applications: undefined, year: 2022 }], 'en'],
  };
  it.each(Object.keys(cases) as (keyof typeof ex)[])('%s', (name) => {
    const [reports, locale] = cases[name];
    const g = layoutTrend(reports, { width: 600, locale });
    const want = ex[name];
    expect(g.figures).toEqual(want.figures);
    expect(g.summary).toBe(want.summary);
    expect(g.ratePoints.map((p) => [p.series, p.announce, p.select?.label])).toEqual(want.points);
    expect(g.rates?.series.map((s) => s.key)).toEqual(want.rates);
    expect(trendTables(g, locale).map((t) => t.body.map((r) => r.map((c) => c.text).join('|')))).toEqual(want.tables);
    expect(['requests', 'rates', 'outcomes', 'cases', 'x'].map((c) => trendMarks(g, c)?.length ?? null)).toEqual(want.marks);
    for (const chart of ['requests', 'outcomes', 'cases'] as const)
      expect(g[chart]?.rows.map((r) => Object.fromEntries(['label', 'valueLabel', 'announce', 'absent'].filter((k) => k in r).map((k) => [k, r[k as 'label']]))) ?? null).toEqual(
        exrows[name][chart],
      );
  });
});

describe('layoutPartBars: segments and paths exactly', () => {
  it('places parts end to end on the list’s scale and draws one path per key, a hairline apart, never under 0.5', () => {
    // The longest bar (20) is 377.2 px: 18.86 px a unit.
    const g = layoutPartBars(
      [
        { key: 'a', label: 'A', value: 10, valueLabel: '10', parts: [{ key: 'p', value: 3 }, { key: 'q', value: 7 }] },
        { key: 'b', label: 'B', value: 20, valueLabel: '20', parts: [{ key: 'q', value: 19.98 }, { key: 'p', value: 0.02 }] },
        { key: 'c', label: 'C', value: 0, valueLabel: '0' },
      ],
      { width: 400 },
    );
    expect(g.rows.map((r) => r.width)).toEqual([188.6, 377.2, 0]);
    expect(g.rows[0]!.segments!.map((s) => s.key)).toEqual(['p', 'q']);
    expect(g.rows[0]!.segments![0]).toEqual({ key: 'p', x: 0, width: 56.58 });
    expect(g.rows[0]!.segments![1]!.x).toBeCloseTo(56.58, 9);
    expect(g.rows[0]!.segments![1]!.width).toBeCloseTo(132.02, 9);
    expect(g.rows[2]!.segments).toBeUndefined();
    expect(g.paths).toEqual([
      { key: 'p', d: 'M0,22h55.6v20H0ZM376.8,78h0.5v20H376.8Z' },
      { key: 'q', d: 'M56.6,22h131v20H56.6ZM0,78h375.8v20H0Z' },
    ]);
  });

  it('reads the scale off a bar that is drawn, not off a zero one before it', () => {
    const g = layoutPartBars(
      [
        { key: 'c', label: 'C', value: 0, valueLabel: '0', parts: [{ key: 'p', value: 0 }] },
        { key: 'd', label: 'D', value: 5, valueLabel: '5', parts: [{ key: 'p', value: 5 }] },
      ],
      { width: 400 },
    );
    expect(g.rows[1]!.segments).toEqual([{ key: 'p', x: 0, width: 385.6 }]);
    expect(g.paths).toEqual([{ key: 'p', d: 'M0,78h384.6v20H0Z' }]);
  });

  it('gives no paths when no row has parts', () => {
    expect('paths' in layoutPartBars([{ key: 'c', label: 'C', value: 5, valueLabel: '5' }], { width: 400 })).toBe(false);
  });
});
