// Writes the invented collections of data/fixtures/ (a county's 60 departments in one year,
// one county's 15 years), for the tests, the stories and the bench. Deterministic: the same
// files every run. Every report's accounts add up, and each year carries over what the year
// before carried forward, so that a test can plant one mismatch and find it alone.
import { writeFileSync } from 'node:fs';

let seed = 20241;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (n) => Math.floor(random() * n);

const APPLICANTS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other'];
const ZERO = Object.fromEntries(APPLICANTS.map((k) => [k, 0]));
/** A row of natural persons and companies; the other columns 0. */
const row = (people, companies = 0) => ({ ...ZERO, naturalPerson: people, commercial: companies, total: people + companies });

/** A report whose figures add up: `received` new and `over` carried over, all but `forward` answered. */
function report(agency, year, received, over, forward, options = {}) {
  const answered = received + over - forward;
  // Share the answered requests among six outcomes, the rest to 本机关不掌握.
  const parts = [0.45, 0.15, 0.05, 0.05, 0.05].map((s) => Math.floor(answered * s * (0.6 + random() * 0.8)));
  let left = answered;
  const take = (n) => {
    const v = Math.max(0, Math.min(left, n));
    left -= v;
    return v;
  };
  const [disclosed, partly, process, repeated, noCorrection] = parts.map(take);
  const notHeld = left;
  const cases = options.cases ?? pick(4);
  const corrected = cases ? pick(cases + 1) : 0;
  const pending = cases - corrected ? pick(cases - corrected + 1) : 0;
  const upheld = cases - corrected - pending;
  const block = (u, c, p) => ({ upheld: u, corrected: c, other: 0, pending: p, total: u + c + p });
  const out = {
    schemaVersion: 1,
    format: '2021',
    agency: { name: agency, region: '示例省示例县' },
    year,
    applications: {
      received: row(received),
      carriedOver: row(over),
      outcomes: {
        disclosed: row(disclosed),
        partlyDisclosed: row(partly),
        withheld: { processInformation: row(process) },
        unavailable: { notHeld: row(notHeld) },
        notProcessed: { repeated: row(repeated) },
        otherHandling: { noCorrection: row(noCorrection) },
        total: row(answered),
      },
      carriedForward: row(forward),
    },
    reviewLitigation: { review: block(upheld, corrected, pending), directSuit: block(0, 0, 0), suitAfterReview: block(0, 0, 0) },
  };
  if (options.inForce !== undefined) out.proactive = { normativeDocuments: options.inForce };
  return out;
}

const DEPARTMENTS = [
  '发展和改革局', '教育局', '科学技术局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局',
  '自然资源局', '生态环境分局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化和旅游局', '卫生健康局',
  '退役军人事务局', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '林业局', '城市管理和综合执法局',
  '行政审批局', '信访局', '人民防空办公室', '地方金融服务中心', '乡村振兴局', '数据资源管理局', '粮食和物资储备中心',
  '供销合作社联合社', '机关事务服务中心', '融媒体中心', '档案馆', '气象局', '税务局', '自然资源和规划局不动产登记中心',
  '公共资源交易中心', '投资促进中心', '残疾人联合会', '妇女联合会', '总工会', '红十字会', '科学技术协会',
  '城关镇人民政府', '东城街道办事处', '西城街道办事处', '南山镇人民政府', '北岭乡人民政府', '河口镇人民政府',
  '青石镇人民政府', '白沙乡人民政府', '云台镇人民政府', '柳林镇人民政府', '石桥乡人民政府',
];
const departments = DEPARTMENTS.map((name, i) => {
  // A few busy bureaus, most with a handful of requests, some with none.
  const received = i === 10 ? 412 : i === 8 || i === 11 ? 150 + pick(80) : i % 9 === 4 ? 0 : pick(i % 3 ? 12 : 40);
  return report(`示例县${name}`, 2024, received, pick(3), received > 5 ? pick(3) : 0, { cases: received > 30 ? pick(6) : received ? pick(2) : 0 });
});
// One name of 30 characters, and the county government itself.
departments.push(report('示例县经济技术开发区管理委员会规划建设和生态环境局（测试）', 2024, 57, 1, 2));
departments.push(report('示例县人民政府办公室', 2024, 96, 4, 3, { cases: 7 }));
writeFileSync(new URL('../data/fixtures/county-departments-60.json', import.meta.url), `${JSON.stringify(departments, null, 2)}\n`);

// Fifteen years of one county: each year carries over what the year before carried forward,
// and the normative documents in force follow from the year before.
const years = [];
let forward = 2;
let inForce = 120;
for (let year = 2011; year <= 2025; year++) {
  const received = 40 + pick(60) + (year - 2011) * 9;
  const next = pick(6);
  const issued = pick(8);
  const repealed = pick(5);
  inForce += issued - repealed;
  years.push(report('示例县人民政府（测试数据）', year, received, forward, next, { cases: pick(9), inForce: { issued, repealed, inForce } }));
  forward = next;
}
writeFileSync(new URL('../data/fixtures/trend-15-years.json', import.meta.url), `${JSON.stringify(years, null, 2)}\n`);
console.log(`${departments.length} departments, ${years.length} years written`);
