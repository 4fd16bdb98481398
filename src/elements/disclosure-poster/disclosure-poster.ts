import { css, html, render, svg } from 'lit';
import { MESSAGES, type Locale } from '../../i18n/messages.js';
import { POSTER_WORDS } from '../../i18n/poster.js';
import { download, fileName, paintedCopy, svgToPng } from '../../internal/export.js';
import type { LayoutSize } from '../../internal/measure-controller.js';
import { ReportWidget } from '../../internal/report-widget.js';
import type { TableSpec } from '../../layout/table.js';
import type { Report } from '../../report/types.js';
import { outcomeTables } from '../disclosure-outcomes/disclosure-outcomes.layout.js';
import { enforcementTables } from '../enforcement-counts/enforcement-counts.layout.js';
import { reviewTables } from '../review-litigation/review-litigation.layout.js';
import { trafficTables } from '../site-traffic/site-traffic.layout.js';
import { layoutPoster, type PosterGeometry, type Shape } from './disclosure-poster.layout.js';

/** The poster's widths on the page, and as images: WeChat's 750 and 1080 px, drawn at twice the density. */
export const POSTER_WIDTHS = [750, 1080] as const;
const MAX_WIDTH = 600;

/** The poster as SVG shapes: text as text, colours from classes (strict CSP). */
const renderShapes = (g: PosterGeometry, title: string) =>
  html`<svg part="svg poster" class="poster" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label=${title}>
    <rect class="p-background" x="0" y="0" width=${g.width} height=${g.height}></rect>
    ${g.shapes.map((s: Shape) =>
      s.kind === 'rect'
        ? svg`<rect class=${s.tone} x=${s.x} y=${s.y} width=${s.width} height=${s.height} rx=${s.rx ?? 0}></rect>`
        : svg`<text class=${s.tone} x=${s.x} y=${s.y} font-size=${s.size} font-weight=${s.weight} text-anchor=${s.anchor ?? 'start'}>${s.text}</text>`,
    )}
  </svg>`;

/**
 * 一图读懂: the report as one tall, shareable image in the agency's colours, made from the JSON,
 * the kind of graphic new-media teams draw by hand for WeChat and the site's front page. The
 * title and agency; the year's headline figures; how requests were answered; who applied;
 * rules and normative documents; licensing, penalties and coercion; reviews and lawsuits; what
 * the website published; the problems and plans as whole sentences of section 五; the source
 * and date. A section without data is left out.
 *
 * It downloads as PNG 750 and 1080 px wide (WeChat's sizes, drawn at twice the density), as
 * SVG, and prints on one A4 page. The image is also given as text, in reading order, to
 * assistive technology, with the data table.
 *
 * Script tag: the `disclosure-charts.poster.min.js` bundle.
 *
 * @tagname disclosure-poster
 * @summary The report as one shareable image (一图读懂).
 *
 * @csspart poster - The poster's <svg>.
 * @csspart poster-text - The poster's content as text (visually hidden).
 *
 * @cssproperty --dc-accent - The agency's colour: the title band, the big figures, the bars.
 * @cssproperty --dc-on-accent - The title's colour on the band (white; near-black in the dark theme). A site that sets a
 *   dark accent in the dark theme, or a light one in the light theme, sets this too, at 4.5:1 against its accent.
 */
export class DisclosurePoster extends ReportWidget<PosterGeometry> {
  static override styles = [
    ...ReportWidget.styles,
    css`
      .poster-frame {
        max-width: ${MAX_WIDTH}px;
        margin: 12px auto 0;
      }
      .poster {
        display: block;
        max-width: 100%;
        height: auto;
        font-family: var(--_font);
      }
      .p-background {
        fill: var(--_background);
      }
      .p-accent {
        fill: var(--_accent);
      }
      .p-on-accent {
        fill: var(--_on-accent);
      }
      .p-text {
        fill: var(--_text);
      }
      .p-muted {
        fill: var(--_text-muted);
      }
      .p-surface {
        fill: var(--_surface);
      }
      .p-rule {
        fill: var(--_border);
      }
      :host {
        --_on-accent: var(--dc-on-accent, #ffffff);
      }
      :host([theme='dark']) {
        --_on-accent: var(--dc-on-accent, #0d1117);
      }
      @media (prefers-color-scheme: dark) {
        :host([theme='auto']) {
          --_on-accent: var(--dc-on-accent, #0d1117);
        }
      }
      .poster-text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      @media print {
        /* One A4 page: the poster alone, scaled to the page. */
        .poster {
          width: auto;
          max-height: 26cm;
          margin: 0 auto;
        }
        .table,
        .summary,
        .figures,
        figcaption {
          display: none !important;
        }
      }
    `,
  ];

  protected readonly checkPaths = [''];
  protected readonly section = 'poster';

  protected heading() {
    return POSTER_WORDS[this.locale.value].kicker;
  }

  protected layout(report: Report, size: LayoutSize) {
    return layoutPoster(report, { width: Math.min(MAX_WIDTH, size.width), locale: size.locale, fontSize: size.fontSize });
  }

  protected renderChart(report: Report, g: PosterGeometry, locale: Locale) {
    const p = POSTER_WORDS[locale];
    return html`<div class="poster-frame">${renderShapes(g, `${report.agency.name} ${p.title(MESSAGES[locale].yearOf(report.year))}`)}</div>
      <div class="poster-text" part="poster-text" lang=${locale === 'en' ? 'en' : 'zh-CN'}>
        <p>${p.text}</p>
        ${g.lines.map((line) =>
          line.role === 'heading' ? html`<p><strong>${line.text}</strong></p>` : line.role === 'item' ? html`<p>· ${line.text}</p>` : html`<p>${line.text}</p>`,
        )}
      </div>
      ${this.renderTables(locale, report)}`;
  }

  protected marks() {
    return undefined;
  }

  protected tables(report: Report, locale: Locale): TableSpec[] {
    return [
      ...(report.proactive ? enforcementTables(report.proactive, locale) : []),
      ...(report.applications ? outcomeTables(report.applications, locale) : []),
      ...(report.reviewLitigation ? reviewTables(report.reviewLitigation, locale) : []),
      ...(report.platforms ? trafficTables(report.platforms, locale) : []),
    ];
  }

  /** The poster drawn at a width, out of sight in the shadow root (so that its styles apply), as a standalone SVG. */
  private standalone(width: number): SVGSVGElement | undefined {
    const state = this.data.state;
    if (state.status !== 'ready') return undefined;
    const locale = this.locale.value;
    const box = this.renderRoot.appendChild(Object.assign(document.createElement('div'), { className: 'measure' }));
    try {
      render(renderShapes(layoutPoster(state.report, { width, locale }), ''), box);
      return paintedCopy(box.querySelector('svg')!);
    } finally {
      box.remove();
    }
  }

  /** The poster as a PNG image `width` pixels wide: 750 or 1080 (WeChat's sizes), drawn at twice the density. */
  override toPNG(width: (typeof POSTER_WIDTHS)[number] = 750): Promise<Blob | null> {
    const copy = this.standalone(width / 2);
    return copy ? svgToPng(copy, 2) : Promise.resolve(null);
  }

  /** The poster as one standalone SVG document, at its width on the page. */
  override toSVG(): string {
    const copy = this.standalone(this.geometry?.width ?? 375);
    return copy ? new XMLSerializer().serializeToString(copy) : '';
  }

  private async save(kind: 'csv' | 'svg' | 750 | 1080) {
    const state = this.data.state;
    const name = (ext: string, suffix = '') =>
      fileName([state.status === 'ready' ? state.report.agency.name : '', state.status === 'ready' ? state.report.year : '', `${this.section}${suffix}`], ext);
    if (kind === 'csv') download(name('csv'), new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' }));
    else if (kind === 'svg') download(name('svg'), new Blob([this.toSVG()], { type: 'image/svg+xml' }));
    else {
      const png = await this.toPNG(kind);
      if (png) download(name('png', `-${kind}`), png);
    }
  }

  protected override renderDownloads(locale: Locale) {
    const p = POSTER_WORDS[locale];
    return html`<details class="downloads" part="downloads">
      <summary>${MESSAGES[locale].download}</summary>
      <div class="menu">
        ${POSTER_WIDTHS.map((w) => html`<button type="button" @click=${() => this.save(w)}>${p.downloadPng(w)}</button>`)}
        <button type="button" @click=${() => this.save('svg')}>${p.downloadSvg}</button>
        <button type="button" @click=${() => this.save('csv')}>${p.downloadCsv}</button>
        <button type="button" @click=${() => window.print()}>${p.print}</button>
      </div>
    </details>`;
  }

  protected override missing(report: Report) {
    return report.applications || report.proactive || report.reviewLitigation || report.platforms ? undefined : POSTER_WORDS[this.locale.value].empty;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-poster': DisclosurePoster;
  }
}
