/** The command line: options and inputs, or a message to print and an exit code. */
import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../types.js';
import { encodingName } from './decode.js';
import type { SiteRule } from '../rules/types.js';
import { type ArticleField, parseFields } from './fields.js';
import { readRulesFile } from './rules.js';

export const USAGE = `usage: onrecord <page.html | -> [--url URL] [--fields LIST]
       onrecord [options] <files, folders, globs, .warc(.gz), .ndjson…>

Reads news article HTML and prints who said what: quotes with speakers, embeds, related links,
tags and metadata, as JSON. One page file (or -) prints one pretty JSON Article; anything else
prints one JSON line per page: {"file": …, …Article}, or {"file": …, "error": …} for a page that failed.

inputs
  page.html, -            a page, or a page on standard input
  folder                  every .html/.htm/.xhtml(.gz), .warc(.gz) and .ndjson/.jsonl(.gz) file below it
  'pages/**/*.html'       a glob (quote it to let onrecord expand it)
  crawl.warc.gz           WARC response records with HTML, streamed (Common Crawl's format)
  pages.ndjson            one JSON record per line: {"html": …, "url"?: …, "id"?: …}

options
  --ndjson                one JSON line per page, even for a single page
  --input-ndjson          read every input (also -) as NDJSON records
  --input-warc            read every input (also -) as WARC or WARC.gz
  --url URL               the page's URL (base for links); records' own URLs take precedence
  --fields LIST           keep only these Article fields, e.g. quotes,embeds,title
  --encoding NAME         decode every page in this encoding (e.g. windows-1252), whatever it declares
  --rules FILE            site rules: a JSON list of CSS selectors per host (see the README)
  --concurrency N         worker threads (default: the number of CPU cores)
  --timeout SECONDS       give up on a page after this long (default: 60; 0 = never)
  --max-bytes N           read at most N bytes of each page's HTML (default: 10485760; Infinity = all)
  --max-elements N        read at most N elements of each page (default: 100000; Infinity = all)
  --time-budget SECONDS   after this long on a page, skip its remaining optional stages (default: 10; Infinity = none)
  --progress, --no-progress
                          progress bar on stderr (default: only when stderr is a terminal)
  --quiet                 no summary on stderr
  -h, --help              this help
  --version               the version of onrecord

Exit code: 0 when every page was read, 1 when any failed (all others are still printed), 2 on
a usage error.`;

export type InputFormat = 'html' | 'ndjson' | 'warc';

export interface CliOptions {
  /** Force one JSON line per page. */
  ndjson: boolean;
  /** Read every input as this format, rather than by its file extension. */
  inputFormat?: InputFormat;
  url?: string;
  fields?: ArticleField[];
  /** Decode every page in this encoding, whatever its BOM, HTTP header or meta tag says. */
  encoding?: string;
  /** Site rules read from `--rules FILE`. */
  rules?: SiteRule[];
  concurrency: number;
  /** Per-page time limit in ms; 0 for none. */
  timeoutMs: number;
  /** The library's limits (`--max-bytes`, `--max-elements`, `--time-budget`), passed to `extract`. */
  limits?: PageLimits;
  /** undefined: show the progress bar only on a terminal. */
  progress?: boolean;
  quiet: boolean;
  inputs: string[];
}

export const DEFAULT_TIMEOUT_SECONDS = 60;

/** The limits of `extract` the command line can set. */
export type PageLimits = Pick<ExtractOptions, 'maxBytes' | 'maxElements' | 'timeBudgetMs'>;

/** A limit's value: a number ≥ 0 or "Infinity"; undefined when it is neither. */
function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return value >= 0 ? value : undefined; // NaN fails too
}

/** The outcome of reading the command line: run, print `message` and exit with `exitCode`, or print the version. */
export type ParsedArgs = { options: CliOptions } | { message: string; exitCode: number } | { version: true };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = {
    ndjson: false,
    concurrency: availableParallelism(),
    timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
    quiet: false,
    inputs: [],
  };
  const usageError = (message: string) => ({ message: `onrecord: ${message}\n\n${USAGE}`, exitCode: 2 });
  let onlyInputsFollow = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyInputsFollow || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inlineValue = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => inlineValue ?? argv[++i];
    switch (name) {
      case '--':
        onlyInputsFollow = true;
        break;
      case '-h':
      case '--help':
        return { message: USAGE, exitCode: 0 };
      case '--version':
        return { version: true };
      case '--ndjson':
        options.ndjson = true;
        break;
      case '--input-ndjson':
        options.inputFormat = 'ndjson';
        break;
      case '--input-warc':
        options.inputFormat = 'warc';
        break;
      case '--progress':
        options.progress = true;
        break;
      case '--no-progress':
        options.progress = false;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--url': {
        const value = takeValue();
        if (value === undefined) return usageError('--url needs a value');
        options.url = value;
        break;
      }
      case '--fields': {
        const value = takeValue();
        if (value === undefined) return usageError('--fields needs a comma-separated list');
        const fields = parseFields(value);
        if (typeof fields === 'string') return usageError(fields);
        options.fields = fields;
        break;
      }
      case '--encoding': {
        const value = takeValue();
        if (value === undefined || !encodingName(value)) return usageError('--encoding needs an encoding name, e.g. utf-8 or windows-1252');
        options.encoding = value;
        break;
      }
      case '--rules': {
        const value = takeValue();
        if (value === undefined) return usageError('--rules needs a JSON file of site rules');
        const rules = readRulesFile(value);
        if (typeof rules === 'string') return usageError(rules);
        options.rules = rules;
        break;
      }
      case '--concurrency': {
        const value = Number(takeValue());
        if (!Number.isInteger(value) || value < 1) return usageError('--concurrency needs a whole number of at least 1');
        options.concurrency = value;
        break;
      }
      case '--max-bytes':
      case '--max-elements':
      case '--time-budget': {
        const value = parseLimit(takeValue());
        if (value === undefined) return usageError(`${name} needs a number ≥ 0, or Infinity`);
        options.limits ??= {};
        if (name === '--max-bytes') options.limits.maxBytes = value;
        else if (name === '--max-elements') options.limits.maxElements = value;
        else options.limits.timeBudgetMs = value * 1000;
        break;
      }
      case '--timeout': {
        const value = Number(takeValue());
        if (!Number.isFinite(value) || value < 0) return usageError('--timeout needs a number of seconds (0 for none)');
        options.timeoutMs = Math.round(value * 1000);
        break;
      }
      default:
        return usageError(`unknown option ${arg}`);
    }
  }
  if (options.inputs.length === 0) return { message: USAGE, exitCode: 2 };
  return { options };
}
