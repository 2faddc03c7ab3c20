/**
 * Glob expansion for quoted patterns ('pages/**\/*.html'), so that a folder of a million pages
 * never meets the shell's argument limit. Supports `*`, `?`, `[abc]`, `[!a-z]`, `{a,b}` and `**`;
 * like shells, wildcards do not match a leading dot. No regular expressions: a segment is matched
 * by the classic two-pointer wildcard walk, linear-ish in the name's length.
 */
import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Brace alternatives beyond this many are not expanded (a pattern is typed by a person). */
const MAX_BRACE_EXPANSIONS = 256;

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** The files matching `pattern`, sorted. Folders named by the pattern are not returned. */
export function expandGlob(pattern: string): string[] {
  const found = new Set<string>();
  for (const alternative of expandBraces(pattern.replaceAll('\\', '/'))) {
    for (const file of matchPattern(alternative)) found.add(file);
  }
  return [...found].sort();
}

/** `a{b,c}d` → [abd, acd]; nested groups too (`{a,b{1,2}}` → a, b1, b2); bounded. */
export function expandBraces(pattern: string): string[] {
  const results: string[] = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const current = pending.shift() as string;
    const group = results.length + pending.length < MAX_BRACE_EXPANSIONS ? firstBraceGroup(current) : undefined;
    if (!group) {
      results.push(current);
      continue;
    }
    const head = current.slice(0, group.open);
    const tail = current.slice(group.close + 1);
    for (const option of group.options) pending.push(head + option + tail);
  }
  return results;
}

/** The first top-level `{…,…}` and its comma-separated options; `{x}` without a comma is literal. */
function firstBraceGroup(pattern: string): { open: number; close: number; options: string[] } | undefined {
  let open = -1;
  let depth = 0;
  let cuts: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '{') {
      if (depth === 0) {
        open = i;
        cuts = [];
      }
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0 && cuts.length > 0) {
        const bounds = [open, ...cuts, i];
        const options = bounds.slice(1).map((cut, k) => pattern.slice((bounds[k] as number) + 1, cut));
        return { open, close: i, options };
      }
    } else if (char === ',' && depth === 1) cuts.push(i);
  }
  return undefined;
}

function matchPattern(pattern: string): string[] {
  const segments = pattern.split('/');
  // The literal leading folders are where the walk starts.
  let firstMagic = 0;
  while (firstMagic < segments.length - 1 && !hasGlobMagic(segments[firstMagic] as string)) firstMagic++;
  const base = segments.slice(0, firstMagic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(firstMagic);
  const matches: string[] = [];
  const pending: Array<{ dir: string; index: number }> = [{ dir: base, index: 0 }];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const { dir, index } = pending.pop() as { dir: string; index: number };
    const key = `${index}\0${dir}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const segment = rest[index] as string;
    const isLast = index === rest.length - 1;
    if (segment === '**') {
      // Zero folders here, or one more folder and still inside `**`.
      if (!isLast) pending.push({ dir, index: index + 1 });
      for (const entry of listDir(dir)) {
        if (entry.isDirectory() && !entry.name.startsWith('.')) pending.push({ dir: join(dir, entry.name), index });
        else if (isLast && isFileLike(entry) && !entry.name.startsWith('.')) matches.push(join(dir, entry.name));
      }
      continue;
    }
    for (const entry of listDir(dir)) {
      if (!matchSegment(segment, entry.name)) continue;
      const path = join(dir, entry.name);
      if (isLast) {
        if (isFileLike(entry)) matches.push(path);
      } else if (entry.isDirectory()) pending.push({ dir: path, index: index + 1 });
    }
  }
  return matches;
}

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFileLike(entry: Dirent): boolean {
  return entry.isFile() || entry.isSymbolicLink();
}

/** Does one path segment match one pattern segment (`*`, `?`, `[…]`)? */
export function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const token = p < pattern.length ? pattern[p] : undefined;
    if (token === '*') {
      starP = p++;
      starN = n;
      continue;
    }
    if (token === '?') {
      p++;
      n++;
      continue;
    }
    if (token === '[') {
      const cls = matchClass(pattern, p, name[n] as string);
      if (cls.matched) {
        p = cls.next;
        n++;
        continue;
      }
    } else if (token !== undefined && token === name[n]) {
      p++;
      n++;
      continue;
    }
    // Mismatch: let the last `*` swallow one more character, or fail.
    if (starP < 0) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** `[abc]`, `[a-z]`, `[!x]` at `start`; an unclosed `[` is a literal. */
function matchClass(pattern: string, start: number, char: string): { matched: boolean; next: number } {
  const close = pattern.indexOf(']', start + 2);
  if (close < 0) return { matched: char === '[', next: start + 1 };
  let i = start + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  let inClass = false;
  for (; i < close; i++) {
    const low = pattern[i] as string;
    if (pattern[i + 1] === '-' && i + 2 < close) {
      const high = pattern[i + 2] as string;
      if (char >= low && char <= high) inClass = true;
      i += 2;
    } else if (char === low) inClass = true;
  }
  return { matched: inClass !== negated, next: close + 1 };
}
