/**
 * One page's work, the same in a worker thread and in the main thread: decode, extract, keep the
 * asked-for fields, serialise. Serialising here keeps the main thread free for I/O.
 */
import { extract } from '../extract.js';
import type { Warning } from '../types.js';
import type { PageLimits } from './args.js';
import type { SiteRule } from '../rules/types.js';
import { decodeHtml } from './decode.js';
import { type ArticleField, pickFields } from './fields.js';
import { unpackPage } from './page-bytes.js';

/** Where a page came from, printed at the head of its output line. */
export interface PageLabel {
  file: string;
  /** Line of an NDJSON input. */
  line?: number;
  /** The NDJSON record's id, or the WARC-Record-ID. */
  id?: string;
  /** Byte offset of a WARC record in its (compressed) file, as Common Crawl's index gives it. */
  offset?: number;
}

export type PageTask =
  /** Page bytes, from a file or a WARC record. */
  | { kind: 'bytes'; label: PageLabel; bytes: Uint8Array; charset?: string; url?: string }
  /** One line of an NDJSON input (UTF-8 bytes), parsed in the worker. */
  | { kind: 'ndjson'; label: PageLabel; bytes: Uint8Array }
  /** An input that failed before it could be read (a missing file). */
  | { kind: 'failed'; label: PageLabel; error: string };

export interface TaskSettings {
  url?: string;
  /** Decode every page in this encoding (`--encoding`), whatever it declares. */
  encoding?: string;
  /** The library's limits, from `--max-bytes`, `--max-elements` and `--time-budget`. */
  limits?: PageLimits;
  fields?: ArticleField[];
  /** Site rules (`--rules FILE`); each worker compiles them once, on its first page. */
  rules?: SiteRule[];
  /** One indented Article without its label, for the single-page mode. */
  pretty?: boolean;
}

export interface TaskResult {
  /** The output: one JSON line, or the pretty Article. */
  output: string;
  /** Set when the page failed; `output` then holds the error record. */
  error?: string;
  /** What the CLI had to decide for this page (an encoding overruled), also in the Article's `warnings`. */
  warnings?: string[];
  /** The page's label, with the id an NDJSON record gave. */
  label: PageLabel;
}

export function runTask(task: PageTask, settings: TaskSettings): TaskResult {
  let label = task.label;
  try {
    if (task.kind === 'failed') return failure(label, task.error);
    let html: unknown;
    let url = settings.url;
    const warnings: Warning[] = [];
    if (task.kind === 'bytes') {
      const page = unpackPage(task.bytes);
      if ('error' in page) return failure(label, page.error);
      const decoded = decodeHtml(page.bytes, { transportCharset: task.charset, forced: settings.encoding });
      if (decoded.warning) warnings.push({ code: 'encoding-overridden', message: decoded.warning });
      html = decoded.html;
      url = task.url ?? url;
    } else {
      const record = parseRecord(new TextDecoder().decode(task.bytes));
      if (typeof record === 'string') return failure(label, record);
      if (record.id !== undefined) label = { ...label, id: record.id };
      if (typeof record.html !== 'string') return failure(label, 'the record has no "html" string');
      html = record.html;
      url = record.url ?? url;
    }
    const options = { ...settings.limits, ...(url ? { url } : {}), ...(settings.rules ? { rules: settings.rules } : {}) };
    const extracted = extract(html as string, options);
    extracted.warnings.unshift(...warnings);
    const article = pickFields(extracted, settings.fields);
    const result: TaskResult = settings.pretty
      ? { output: JSON.stringify(article, null, 2), label }
      : { output: JSON.stringify({ ...label, ...article }), label };
    if (warnings.length > 0) result.warnings = warnings.map((warning) => warning.message);
    return result;
  } catch (error) {
    return failure(label, messageOf(error));
  }
}

export function failure(label: PageLabel, error: string): TaskResult {
  return { output: JSON.stringify({ ...label, error }), error, label };
}

interface NdjsonRecord {
  html?: unknown;
  url?: string;
  id?: string;
}

function parseRecord(line: string): NdjsonRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON: ${messageOf(error)}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the record is not a JSON object';
  const { html, url, id } = value as Record<string, unknown>;
  const record: NdjsonRecord = { html };
  if (typeof url === 'string' && url !== '') record.url = url;
  if (typeof id === 'string' || typeof id === 'number') record.id = String(id);
  return record;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How a failure names its input on stderr: "file", "file:line" or "file#id". */
export function describeLabel(label: PageLabel): string {
  let text = label.file;
  if (label.line !== undefined) text += `:${label.line}`;
  if (label.id !== undefined) text += ` (${label.id})`;
  else if (label.offset !== undefined) text += `@${label.offset}`;
  return text;
}
