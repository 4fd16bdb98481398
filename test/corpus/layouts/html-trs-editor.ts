/**
 * A whole page of a government site built on a TRS-style CMS: site header and navigation,
 * breadcrumbs, an article meta line with the posting time and a view counter, the report in
 * `#zoom > .TRS_Editor`, tables with `<thead>` of `<th>` and a `<tbody>`, then the previous and
 * next articles (one of them last year's report) and a footer with a phone number and 备案号.
 */
import type { Layout } from '../layout.js';
import type { Truth } from '../form.js';
import { applicationGrid, escapeHtml, introProse, proactiveGrids, reportBody, reviewGrid, signature, siteName, plainTable, titles } from './html-kit/kit.js';

const attrs = 'class="tablestyle" width="100%" border="1" cellspacing="0" cellpadding="0"';

export const layout: Layout = {
  id: 'html-trs-editor',
  description: 'A full government-site page: header, nav, breadcrumbs with dates, the report in #zoom .TRS_Editor with thead/th tables, previous/next links and a footer with phone and 备案号.',
  kind: 'html',
  formats: ['2021', '2019'],
  render(truth: Truth) {
    const title = titles.agencyFirst(truth);
    const site = siteName(truth);
    const posted = truth.publishedOn ? `<span>发布时间：${truth.publishedOn} 16:42</span>` : '';
    const body = reportBody(truth, {
      heading: (text) => `<p style="text-indent:2em;"><strong>${escapeHtml(text)}</strong></p>`,
      paragraph: (text) => `<p style="text-indent:2em;">${escapeHtml(text)}</p>`,
      proactive: () =>
        proactiveGrids(truth)
          .map(({ title: t, grid }) => `<p style="text-align:center;">${escapeHtml(t)}</p>\n${plainTable(grid, { attrs, thead: true })}`)
          .join('\n'),
      applications: () => plainTable(applicationGrid(truth), { attrs, thead: true }),
      review: () => plainTable(reviewGrid(truth), { attrs, thead: true }),
    });
    const source = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="${escapeHtml(site)}">
<meta name="ColumnName" content="年度报告">
<title>${escapeHtml(title)}-${escapeHtml(site)}</title>
<link rel="stylesheet" href="/images/2021/css/style.css">
<script src="/images/2021/js/jquery-1.12.4.min.js"></script>
<script>var _hmt = _hmt || []; var pageId = 10586723; var visitCount = 3021;</script>
</head>
<body>
<div class="header">
  <div class="top-bar"><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/eng/">English</a></div>
  <div class="logo"><img src="/images/logo.png" alt="${escapeHtml(site)}"></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进本地</a></li>
  </ul>
</div>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgk/ndbg/">年度报告</a></div>
  <div class="article">
    <h1 class="article-title">${escapeHtml(title)}</h1>
    <div class="article-info">${posted}<span>来源：${escapeHtml(truth.agency.name)}</span><span>浏览次数：<em id="visits">1386</em></span><span>字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
    <div id="zoom" class="article-content">
      <div class="TRS_Editor">
<p style="text-indent:2em;">${escapeHtml(introProse(truth))}</p>
${body}
${signature(truth).map((line) => `<p style="text-align:right;">${escapeHtml(line)}</p>`).join('\n')}
      </div>
    </div>
    <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    <ul class="prev-next">
      <li>上一篇：<a href="./t${truth.year}0118_2281.html">${escapeHtml(titles.agencyFirst({ ...truth, year: truth.year - 1 }))}</a> ${truth.year}-01-18</li>
      <li>下一篇：<a href="./t${truth.year + 1}0305_3307.html">关于印发本年度政务公开工作要点的通知</a> ${truth.year + 1}-03-05</li>
    </ul>
  </div>
</div>
<div class="footer">
  <p>主办单位：${escapeHtml(truth.agency.name)}　地址：人民路88号　邮编：000000</p>
  <p>联系电话：0000-12345678　传真：0000-12345679</p>
  <p><a href="https://beian.miit.gov.cn/">ICP备00000000号-1</a>　网站标识码：0000000001　公网安备 00000000000001号</p>
</div>
</body>
</html>`;
    return { source };
  },
};
