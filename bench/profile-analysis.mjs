/**
 * Reads a V8 .cpuprofile: self time by module and function, inclusive time by function, with
 * bundle positions mapped to source files through `<entry>.map` when it exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { pathToFileURL } from 'node:url';
import { fixed } from './stats.mjs';

/** Where a call frame's code comes from: `src/...ts`, an npm package, node itself, or V8. */
function locator(entry) {
  const entryUrl = pathToFileURL(entry).href;
  const mapFile = `${entry}.map`;
  const map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined;
  return (frame) => {
    if (!frame.url) return { module: `(${frame.functionName || 'program'})`, where: '' };
    if (frame.url.startsWith('node:')) return { module: 'node internals', where: frame.url };
    let file = frame.url;
    let line = frame.lineNumber + 1;
    if (frame.url === entryUrl && map) {
      const found = map.findEntry(frame.lineNumber, frame.columnNumber);
      if (found?.originalSource) {
        file = found.originalSource;
        line = found.originalLine + 1;
      }
    }
    const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (packageMatch) return { module: packageMatch[1], where: `${file.slice(file.indexOf(packageMatch[1]))}:${line}` };
    const srcIndex = file.lastIndexOf('/src/');
    if (srcIndex >= 0) return { module: file.slice(srcIndex + 1), where: `${file.slice(srcIndex + 1)}:${line}` };
    if (file.includes('/bench/')) return { module: 'bench harness', where: file };
    return { module: file, where: `${file}:${line}` };
  };
}

/** `callers`: a function name whose time (inclusive) is broken down by the function that called it. */
export function analyseProfile(profile, entry, callers) {
  const locate = locator(entry);
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const info = new Map();
  for (const node of profile.nodes) {
    const { module, where } = locate(node.callFrame);
    info.set(node.id, { module, fn: `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim() });
  }
  const selfByModule = new Map();
  const selfByFunction = new Map();
  const inclusiveByFunction = new Map();
  const byCaller = new Map();
  let total = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000;
    const id = samples[i];
    const own = info.get(id);
    if (own.module === '(idle)') continue;
    total += ms;
    add(selfByModule, own.module, ms);
    add(selfByFunction, `${own.fn} [${own.module}]`, ms);
    const seen = new Set();
    let counted = false;
    for (let cursor = id; cursor !== undefined; cursor = parentOf.get(cursor)) {
      const { fn, module } = info.get(cursor);
      if (callers && !counted && fn.split(' ')[0] === callers) {
        const parent = parentOf.get(cursor);
        add(byCaller, parent === undefined ? '(root)' : info.get(parent).fn, ms);
        counted = true;
      }
      if (!module.startsWith('src/') || seen.has(fn)) continue;
      seen.add(fn);
      add(inclusiveByFunction, fn, ms);
    }
  }
  const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return {
    total,
    selfByModule: sorted(selfByModule),
    selfByFunction: sorted(selfByFunction),
    inclusiveByFunction: sorted(inclusiveByFunction),
    callers: callers ? { name: callers, byCaller: sorted(byCaller) } : undefined,
  };
}

export function printAnalysis({ total, selfByModule, selfByFunction, inclusiveByFunction, callers }, top) {
  const pct = (ms) => `${fixed((100 * ms) / total, 1)}%`;
  console.log(`\nsampled ${fixed(total, 0)} ms (idle excluded)\n`);
  console.log('| self time by module | ms | % |\n|---|---:|---:|');
  for (const [key, ms] of selfByModule.slice(0, top)) console.log(`| ${key} | ${fixed(ms, 0)} | ${pct(ms)} |`);
  console.log('\n| self time by function | ms | % |\n|---|---:|---:|');
  for (const [key, ms] of selfByFunction.slice(0, top)) console.log(`| ${key} | ${fixed(ms, 0)} | ${pct(ms)} |`);
  console.log('\n| inclusive time, onrecord functions | ms | % |\n|---|---:|---:|');
  for (const [key, ms] of inclusiveByFunction.slice(0, top)) console.log(`| ${key} | ${fixed(ms, 0)} | ${pct(ms)} |`);
  if (callers) {
    console.log(`\n| callers of ${callers.name} (its inclusive time) | ms | % |\n|---|---:|---:|`);
    for (const [key, ms] of callers.byCaller.slice(0, top)) console.log(`| ${key} | ${fixed(ms, 0)} | ${pct(ms)} |`);
  }
}
