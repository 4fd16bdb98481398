import { html } from 'lit';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import type { TableSpec } from '../layout/table.js';
import { chartsToSvg, download, fileName, svgToPng, tablesToCsv } from './export.js';

/** What an element gives its exports: its tables and charts as shown, its title and name. */
export interface ExportSource {
  tables(): TableSpec[];
  charts(): { heading: string; svg: SVGSVGElement }[];
  title(): string;
  /** The parts of a downloaded file's name: agency, year, section. */
  name(): (string | number)[];
}

/**
 * What a reader can take away from an element: the data as CSV, the charts as SVG and PNG,
 * and the download menu offering them.
 */
export class ExportController {
  constructor(private readonly source: ExportSource) {}

  csv(): string {
    return tablesToCsv(this.source.tables());
  }

  private document() {
    const charts = this.source.charts();
    const width = Math.max(320, ...charts.map((c) => Number(c.svg.getAttribute('width')) || 0));
    return chartsToSvg(this.source.title(), charts, width);
  }

  svg(): string {
    return new XMLSerializer().serializeToString(this.document());
  }

  png(): Promise<Blob | null> {
    return svgToPng(this.document());
  }

  private async save(format: 'csv' | 'svg' | 'png') {
    const name = fileName(this.source.name(), format);
    if (format === 'csv') download(name, new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }));
    else if (format === 'svg') download(name, new Blob([this.svg()], { type: 'image/svg+xml' }));
    else {
      const png = await this.png();
      if (png) download(name, png);
    }
  }

  /** The download menu: data as CSV, charts as SVG and PNG. */
  render(locale: Locale) {
    const words = MESSAGES[locale];
    return html`<details class="downloads" part="downloads">
      <summary>${words.download}</summary>
      <div class="menu">
        <button type="button" @click=${() => this.save('csv')}>${words.downloadCsv}</button>
        <button type="button" @click=${() => this.save('svg')}>${words.downloadSvg}</button>
        <button type="button" @click=${() => this.save('png')}>${words.downloadPng}</button>
      </div>
    </details>`;
  }
}
