import { displayWidth, truncate } from '../format/text.js';
import { attributeText, htmlText } from './html-text.js';

/*
 * The few SVG pieces the charts are drawn with. Charts are laid out in a fixed coordinate space (the
 * viewBox) that CSS scales to the page, so a printed page and a wide screen show the same picture.
 */

export const CHART_WIDTH = 760;
const FONT_SIZE = 12;

// Average advance of a character in the sans-serif fonts a browser falls back on (DejaVu Sans is the
// widest common one). Nothing measures text here, so labels are sized on the generous side.
const CHARACTER_EM = 0.58;

export type Attributes = Readonly<Record<string, string | number>>;

/** Coordinates to a tenth of a pixel: finer than any screen or printer shows, short to read. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

export function labelWidth(text: string, fontSize = FONT_SIZE): number {
  return displayWidth(text) * fontSize * CHARACTER_EM;
}

/** A label cut to fit `width` (the chart's `<title>` keeps the whole of it). */
export function fitLabel(text: string, width: number, fontSize = FONT_SIZE): string {
  return truncate(text, Math.max(2, Math.floor(width / (fontSize * CHARACTER_EM))));
}

/** A self-closing shape, or one holding a tooltip `<title>` (also what screen readers announce). */
export function shape(tag: string, attributes: Attributes, title?: string): string {
  const attrs = attributeText(attributes);
  return title === undefined ? `<${tag}${attrs}/>` : `<${tag}${attrs}><title>${htmlText(title)}</title></${tag}>`;
}

/** A label; `title` adds a tooltip, for a label that was cut. */
export function text(x: number, y: number, content: string, attributes: Attributes = {}, title?: string): string {
  const tooltip = title === undefined ? '' : `<title>${htmlText(title)}</title>`;
  return `<text${attributeText({ x: px(x), y: px(y), ...attributes })}>${htmlText(content)}${tooltip}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, className: string): string {
  return shape('line', { x1: px(x1), y1: px(y1), x2: px(x2), y2: px(y2), class: className });
}

/** What a test reads back from a drawn bar or point: which figure it is, and the exact number drawn. */
export function dataAttributes(key: string, value: number): Attributes {
  return { 'data-key': key, 'data-value': value };
}

/** The whole chart; its `<title>` names it for screen readers. */
export function svg(chart: string, height: number, title: string, body: readonly string[]): string {
  const attributes = {
    viewBox: `0 0 ${CHART_WIDTH} ${px(height)}`,
    width: CHART_WIDTH,
    height: px(height),
    role: 'img',
    'data-chart': chart,
  };
  return [`<svg${attributeText(attributes)}>`, `<title>${htmlText(title)}</title>`, ...body, '</svg>'].join('\n');
}

/** Round steps (1, 2 or 5 × a power of ten) from the lowest to the highest value, zero included. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  const from = Math.min(0, low);
  const to = Math.max(0, high);
  if (from === to) return [0, 1];
  const raw = (to - from) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((unit) => unit * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  // Multiples of the step rather than repeated additions, so 0.3 never comes out as 0.30000000000000004.
  for (let i = Math.floor(from / step); i <= Math.ceil(to / step); i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Maps `low`…`high` onto a pixel range. */
export function linearScale(low: number, high: number, start: number, end: number): (value: number) => number {
  return (value) => start + ((value - low) / (high - low)) * (end - start);
}

/** A chart with its title above and an optional note below, kept on one printed page. */
export function figure(title: string, content: string, note?: string): string {
  const caption = `<figcaption>${htmlText(title)}</figcaption>`;
  const after = note === undefined ? '' : `\n<p class="chart-note">${htmlText(note)}</p>`;
  return `<figure class="chart">\n${caption}\n${content}${after}\n</figure>`;
}
