import type { ChalkInstance } from 'chalk';
import type { Language } from '../model/language.js';
import type { Report } from '../model/report.js';

interface RenderContext {
  language: Language;
  /** null: no colour at all (piped output, NO_COLOR, --no-color). */
  color: ChalkInstance | null;
  /** Columns available; no line of a table is wider. */
  width: number;
  /** The table's trend lines across periods. */
  sparklines: boolean;
}

export type Renderer = (report: Report, ctx: RenderContext) => string;

/** Loaded on demand: a run pays only for the renderer it uses (start-up dominates small runs). */
export const RENDERERS = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => (await import('./json.js')).renderJson,
  csv: async () => (await import('./csv.js')).renderCsv,
  md: async () => (await import('./markdown.js')).renderMarkdown,
  html: async () => (await import('./html.js')).renderHtml,
} satisfies Record<string, () => Promise<Renderer>>;

export type Format = keyof typeof RENDERERS;
export const FORMATS = Object.keys(RENDERERS) as Format[];
