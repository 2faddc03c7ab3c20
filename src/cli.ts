/**
 * The `onrecord` command: read pages, print Articles as JSON.
 *
 *   onrecord page.html [--url URL]         one page, pretty JSON
 *   onrecord -                             the page on standard input
 *   onrecord --ndjson <files or folders…>  one JSON line per page: {"file": …, …Article}
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from './extract.js';

const USAGE = `usage: onrecord <page.html | -> [--url URL]
       onrecord --ndjson <files or folders…>

Reads news article HTML and prints who said what: quotes with speakers, embeds, related links,
tags and metadata, as JSON.`;

interface CliOptions {
  ndjson: boolean;
  url?: string;
  inputs: string[];
}

export function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = { ndjson: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--ndjson') options.ndjson = true;
    else if (arg === '--url') {
      const value = argv[++i];
      if (value === undefined) return '--url needs a value';
      options.url = value;
    } else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) return USAGE;
  return options;
}

/** Files named directly, plus every .html/.htm file below each folder, sorted for stable output. */
function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      files.push(input); // reported as a failure when read
      continue;
    }
    if (!isDirectory) {
      files.push(input);
      continue;
    }
    const pending = [input];
    const found: string[] = [];
    while (pending.length > 0) {
      const dir = pending.pop() as string;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) pending.push(path);
        else if (/\.html?$/i.test(entry.name)) found.push(path);
      }
    }
    files.push(...found.sort());
  }
  return files;
}

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

export function main(argv: string[]): number {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    const isHelp = parsed === USAGE;
    (isHelp && argv.some((a) => a === '-h' || a === '--help') ? process.stdout : process.stderr).write(`${parsed}\n`);
    return isHelp && argv.length > 0 ? 0 : 2;
  }
  const options = parsed.url ? { url: parsed.url } : {};
  if (!parsed.ndjson) {
    if (parsed.inputs.length !== 1) {
      process.stderr.write('onrecord: give one page, or use --ndjson for several\n');
      return 2;
    }
    const file = parsed.inputs[0] as string;
    try {
      process.stdout.write(`${JSON.stringify(extract(readInput(file), options), null, 2)}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`onrecord: ${file}: ${messageOf(error)}\n`);
      return 1;
    }
  }
  let failed = 0;
  for (const file of expandInputs(parsed.inputs)) {
    try {
      const article = extract(readInput(file), options);
      process.stdout.write(`${JSON.stringify({ file, ...article })}\n`);
    } catch (error) {
      failed++;
      process.stdout.write(`${JSON.stringify({ file, error: messageOf(error) })}\n`);
      process.stderr.write(`onrecord: ${file}: ${messageOf(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = main(process.argv.slice(2));
