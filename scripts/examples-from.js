// Writes examples/from/: the bundled report (data/sources/dongguan-hrss-2023.txt) as a report
// page in each common CMS article markup, with the README's template line added. Run again
// after the seed changes: node scripts/examples-from.js
import { writeFileSync } from 'node:fs';
import { seedBody } from './seed-page.js';

const body = seedBody();
const title = '2023年东莞市人力资源和社会保障局政府信息公开工作年度报告';
const page = (article, from, note) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="../../demo/favicon.svg" />
    <title>${title} - 东莞市人力资源和社会保障局</title>
  </head>
  <body>
    <!-- ${note} -->
    <div class="header">东莞市人力资源和社会保障局 · 政府信息公开 · 年度报告</div>
    ${article}
    <!-- The template line: the page bundle, and the element where the charts go. -->
    <script src="../../dist/disclosure-charts.page.min.js" defer></script>
    <disclosure-report from="${from}"></disclosure-report>
    <div class="footer">主办：东莞市人力资源和社会保障局</div>
  </body>
</html>
`;
const examples = {
  'zoom.html': [`<h1>${title}</h1>\n<div id="zoom">${body}</div>`, '#zoom', 'An article div with an id, as TRS WCM and many 集约化 platform templates have.'],
  'trs-editor.html': [`<h1>${title}</h1>\n<div class="TRS_Editor">${body}</div>`, '.TRS_Editor', 'A TRS editor block.'],
  'article.html': [`<article><h1>${title}</h1>${body}</article>`, '', 'An <article> element: from="" reads the main content.'],
  'main.html': [`<main><h1>${title}</h1>${body}</main>`, '', 'A <main> element: from="" reads the main content.'],
};
for (const [name, [article, from, note]] of Object.entries(examples)) writeFileSync(new URL(`../examples/from/${name}`, import.meta.url), page(article, from, note));
console.log(`wrote ${Object.keys(examples).length} pages to examples/from/`);
