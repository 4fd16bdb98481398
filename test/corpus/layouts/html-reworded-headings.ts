/**
 * A CMS page whose section headings are worded the agency's own way (…的情况, 因政府信息公开
 * 申请引发的…, 政府信息公开工作存在的主要问题及整改措施), in `<p><b>`.
 */
import type { Layout } from '../layout.js';
import type { Truth } from '../form.js';
import { applicationGrid, escapeHtml, plainPage, plainTable, proactiveGrid, reviewGrid, titles } from './html-kit/kit.js';

const HEADINGS = {
  overview: '一、年度工作总体情况',
  proactive: '二、主动公开政府信息的情况',
  applications: '三、收到和处理政府信息公开申请的情况',
  review: '四、因政府信息公开申请引发的行政复议、行政诉讼情况',
  problems: '五、政府信息公开工作存在的主要问题及整改措施',
  other: '六、其他需要报告的事项',
};

export const layout: Layout = {
  id: 'html-reworded-headings',
  description: 'A CMS page whose section headings are reworded (…的情况, 因政府信息公开申请引发的…, …存在的主要问题及整改措施).',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const attrs = 'border="1" cellspacing="0" cellpadding="0" width="100%"';
    const proactive = proactiveGrid(truth);
    const title = titles.yearFirst(truth);
    const source = plainPage(truth, {
      title,
      head: `<p style="text-align:center;font-size:22px"><b>${escapeHtml(title)}</b></p>`,
      heading: (text) => `<p><b>${escapeHtml(text)}</b></p>`,
      paragraph: (text) => `<p style="text-indent:2em">${escapeHtml(text)}</p>`,
      headings: HEADINGS,
      proactive: () => (proactive.length ? plainTable(proactive, { attrs }) : ''),
      applications: () => plainTable(applicationGrid(truth), { attrs }),
      review: () => plainTable(reviewGrid(truth), { attrs }),
    });
    return { source };
  },
};
