/**
 * What a reader can take away: the data as CSV, the chart as SVG and PNG. Everything is made
 * in the browser from what the widget already shows, and handed over as a download.
 */
import type { TableSpec } from './partials.js';

/** One CSV field: quoted when it holds a comma, quote or line break. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The tables as CSV, spans spread out so every row has every column. UTF-8 with a BOM, so
 * Excel opens Chinese text correctly.
 */
export function tablesToCsv(tables: readonly TableSpec[]): string {
  const blocks = tables.map((table) => {
    const grid: string[][] = [];
    const rows = [...table.head, ...table.body];
    rows.forEach((row, r) => {
      grid[r] ??= [];
      let c = 0;
      for (const cell of row) {
        while (grid[r]![c] !== undefined) c++;
        // A spanning heading is repeated in every row and column it covers; a spanning value
        // is written once, so no figure is counted twice.
        for (let dr = 0; dr < (cell.rowspan ?? 1); dr++)
          for (let dc = 0; dc < (cell.colspan ?? 1); dc++)
            (grid[r + dr] ??= [])[c + dc] = cell.header || (dr === 0 && dc === 0) ? cell.text : '';
        c += cell.colspan ?? 1;
      }
    });
    const lines = grid.map((row) => Array.from(row, (text) => field(text ?? '')).join(','));
    return tables.length > 1 ? [field(table.caption), ...lines].join('\r\n') : lines.join('\r\n');
  });
  return `\ufeff${blocks.join('\r\n\r\n')}\r\n`;
}

/** Presentation properties copied from the page's styles onto the exported SVG. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight', 'dominant-baseline', 'text-anchor'];
const NS = 'http://www.w3.org/2000/svg';

/**
 * A copy of a drawn <svg> that stands alone: colours and fonts resolved from the styles (the
 * shadow root's classes do not travel with a file), the invisible pointer targets and the
 * attributes for the page left out.
 */
export function paintedCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hits: Element[] = [];
  copies.forEach((node, i) => {
    if (originals[i]!.classList.contains('hit')) return void hits.push(node);
    const style = getComputedStyle(originals[i]!);
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      if (value) node.setAttribute(name, value);
    }
    for (const attr of ['class', 'part', 'tabindex', 'role', 'aria-label', 'aria-hidden', 'data-chart', 'data-index']) node.removeAttribute(attr);
  });
  for (const hit of hits) hit.remove();
  copy.setAttribute('xmlns', NS);
  return copy;
}

/**
 * The widget's charts as one standalone SVG: each chart under its heading, colours and fonts
 * resolved from the styles (the shadow root's classes do not travel with the file), the
 * invisible pointer targets left out.
 */
export function chartsToSvg(title: string, charts: readonly { heading: string; svg: SVGSVGElement }[], width: number): SVGSVGElement {
  const out = document.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  const font = getComputedStyle(charts[0]?.svg ?? document.body).fontFamily;
  let y = 0;
  const text = (content: string, size: number, weight: string) => {
    const t = document.createElementNS(NS, 'text');
    y += size * 1.6;
    t.setAttribute('x', '0');
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('font-family', font);
    t.textContent = content;
    out.append(t);
  };
  text(title, 20, '700');
  for (const { heading, svg } of charts) {
    if (heading) text(heading, 15, '700');
    y += 8;
    const g = document.createElementNS(NS, 'g');
    g.setAttribute('transform', `translate(0 ${y})`);
    g.append(...paintedCopy(svg).childNodes);
    out.append(g);
    y += Number(svg.getAttribute('height')) || 0;
  }
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(y + 8));
  out.setAttribute('viewBox', `0 0 ${width} ${y + 8}`);
  return out;
}

/**
 * The standalone SVG drawn on a canvas, shape by shape. Drawn by hand rather than by loading
 * the SVG as an image: an image from a blob: URL is blocked by a strict CSP (img-src 'self'),
 * and our charts are made of a few kinds of shape only (rect, circle, line, path, text).
 */
export function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob | null> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const num = (el: Element, name: string) => Number(el.getAttribute(name)) || 0;
  const draw = (el: Element, dx: number, dy: number) => {
    const fill = el.getAttribute('fill');
    const stroke = el.getAttribute('stroke');
    const paint = (path?: Path2D) => {
      if (fill && fill !== 'none' && fill !== 'rgba(0, 0, 0, 0)') {
        ctx.fillStyle = fill;
        ctx.globalAlpha = parseFloat(el.getAttribute('fill-opacity') ?? '1');
        if (path) ctx.fill(path);
        else ctx.fill();
        ctx.globalAlpha = 1;
      }
      if (stroke && stroke !== 'none') {
        ctx.strokeStyle = stroke;
        ctx.lineWidth = parseFloat(el.getAttribute('stroke-width') ?? '1') || 1;
        if (path) ctx.stroke(path);
        else ctx.stroke();
      }
    };
    switch (el.localName) {
      case 'g': {
        const m = /translate\(\s*([-\d.]+)[\s,]+([-\d.]+)/.exec(el.getAttribute('transform') ?? '');
        for (const child of el.children) draw(child, dx + Number(m?.[1] ?? 0), dy + Number(m?.[2] ?? 0));
        return;
      }
      case 'rect':
        ctx.beginPath();
        ctx.rect(dx + num(el, 'x'), dy + num(el, 'y'), num(el, 'width'), num(el, 'height'));
        return paint();
      case 'circle':
        ctx.beginPath();
        ctx.arc(dx + num(el, 'cx'), dy + num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
        return paint();
      case 'path': {
        // Path data as the SVG gives it (the collection charts' bars and lines): Path2D reads it.
        ctx.save();
        ctx.translate(dx, dy);
        paint(new Path2D(el.getAttribute('d') ?? ''));
        ctx.restore();
        return;
      }
      case 'line':
        ctx.beginPath();
        ctx.moveTo(dx + num(el, 'x1'), dy + num(el, 'y1'));
        ctx.lineTo(dx + num(el, 'x2'), dy + num(el, 'y2'));
        return paint();
      case 'text': {
        const size = parseFloat(el.getAttribute('font-size') ?? '14') || 14;
        ctx.font = `${el.getAttribute('font-weight') ?? '400'} ${size}px ${el.getAttribute('font-family') ?? 'sans-serif'}`;
        ctx.fillStyle = fill && fill !== 'none' ? fill : '#000';
        const anchor = el.getAttribute('text-anchor');
        ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'end' : 'start';
        ctx.textBaseline = el.getAttribute('dominant-baseline') === 'central' ? 'middle' : 'alphabetic';
        const spans = [...el.querySelectorAll('tspan')];
        let y = dy + num(el, 'y');
        const x = dx + num(el, 'x');
        if (!spans.length) return ctx.fillText(el.textContent ?? '', x, y);
        spans.forEach((span, i) => {
          if (i) y += size * 1.4;
          ctx.fillText(span.textContent ?? '', dx + num(span, 'x'), y);
        });
        return;
      }
    }
  };
  for (const child of svg.children) draw(child, 0, 0);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** Hands a file to the reader as a download. */
export function download(name: string, data: Blob) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name: agency-year-section.ext, without characters file systems refuse. */
export const fileName = (parts: (string | number)[], ext: string) =>
  `${parts.map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_')).join('-')}.${ext}`;
