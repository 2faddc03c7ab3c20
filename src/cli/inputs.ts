/** What the command line names → the input files to read, each with its format. */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFormat } from './args.js';
import { expandGlob, hasGlobMagic } from './glob.js';

export interface InputFile {
  /** A path, or "-" for standard input. */
  path: string;
  format: InputFormat;
  /** Set when the input could not be expanded (a glob that matched nothing): reported as a failure. */
  error?: string;
}

/** The format a file's name implies; undefined for files a folder walk should not pick up. */
export function formatOfName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  if (/\.(ndjson|jsonl)(\.gz)?$/.test(lower)) return 'ndjson';
  if (/\.(html?|xhtml)(\.gz)?$/.test(lower)) return 'html'; // gzipped pages are read transparently
  return undefined;
}

/**
 * Files named directly (any name: read as HTML unless the extension says otherwise), every
 * recognised file below each folder, and the files each glob matches. Folders and globs are
 * sorted, so the output order is stable.
 */
export function expandInputs(inputs: readonly string[], forced?: InputFormat): InputFile[] {
  const files: InputFile[] = [];
  const formatOf = (path: string) => forced ?? formatOfName(path) ?? 'html';
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: input, format: forced ?? 'html' });
      continue;
    }
    const stats = statOrUndefined(input);
    if (stats?.isDirectory()) {
      const found = walkFolder(input);
      if (found.length === 0) files.push({ path: input, format: 'html', error: 'no page file (.html, .htm, .xhtml, .warc, .ndjson, .jsonl, or gzipped) in this folder' });
      for (const path of found) files.push({ path, format: formatOf(path) });
    } else if (!stats && hasGlobMagic(input)) {
      const matches = expandGlob(input);
      if (matches.length === 0) files.push({ path: input, format: 'html', error: 'no file matches this pattern' });
      for (const path of matches) files.push({ path, format: formatOf(path) });
    } else {
      files.push({ path: input, format: formatOf(input) }); // a missing file fails when read
    }
  }
  return files;
}

/** True when the inputs are one page file (or stdin) that prints as a single pretty Article. */
export function isSinglePage(inputs: readonly string[], files: readonly InputFile[]): boolean {
  if (inputs.length !== 1 || files.length !== 1) return false;
  const [file] = files as [InputFile];
  return file.format === 'html' && !file.error && file.path === inputs[0] && !statOrUndefined(file.path)?.isDirectory();
}

function walkFolder(root: string): string[] {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // an unreadable sub-folder holds no pages we can read
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && formatOfName(entry.name)) found.push(path);
    }
  }
  return found.sort();
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
