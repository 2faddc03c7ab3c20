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
    if (frame.url === entryUrl) {
      const found = map?.findEntry(frame.lineNumber, frame.columnNumber);
      if (!found?.originalSource) return { module: 'onrecord entry (unmapped)', where: `${frame.url}:${line}` };
      file = found.originalSource;
      line = found.originalLine + 1;
    }
    const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (packageMatch) return { module: packageMatch[1], where: `${file.slice(file.indexOf(packageMatch[1]))}:${line}` };
    const srcIndex = file.lastIndexOf('/src/');
    if (srcIndex >= 0) return { module: file.slice(srcIndex + 1), where: `${file.slice(srcIndex + 1)}:${line}` };
    if (file.includes('/bench/')) return { module: 'bench harness', where: file };
    return { module: file, where: `${file}:${line}` };
  };
}

/**
 * A V8 .cpuprofile as `{ nodes, samples, weights }`: each sample's node and its milliseconds.
 */
export function cpuSamples(profile) {
  const weights = profile.samples.map((_, i) => (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000);
  return { nodes: profile.nodes, samples: profile.samples, weights, unit: 'ms' };
}

/**
 * A sampling heap profile (allocations, collected ones included) as `{ nodes, samples, weights }`:
 * each node's allocated megabytes as one weighted sample.
 */
export function heapSamples(profile) {
  const nodes = [];
  const samples = [];
  const weights = [];
  const stack = [profile.head];
  while (stack.length > 0) {
    const node = stack.pop();
    nodes.push({ id: node.id, callFrame: node.callFrame, children: node.children.map((child) => child.id) });
    if (node.selfSize > 0) {
      samples.push(node.id);
      weights.push(node.selfSize / (1024 * 1024));
    }
    stack.push(...node.children);
  }
  return { nodes, samples, weights, unit: 'MB' };
}

/** `callers`: a function name whose weight (inclusive) is broken down by the function that called it. */
export function analyseProfile({ nodes, samples, weights, unit }, entry, callers) {
  const locate = locator(entry);
  const parentOf = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const info = new Map();
  for (const node of nodes) {
    const { module, where } = locate(node.callFrame);
    info.set(node.id, { module, fn: `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim() });
  }
  const selfByModule = new Map();
  const selfByFunction = new Map();
  const inclusiveByFunction = new Map();
  const byCaller = new Map();
  let total = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (let i = 0; i < samples.length; i++) {
    const ms = weights[i];
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
    unit,
    total,
    selfByModule: sorted(selfByModule),
    selfByFunction: sorted(selfByFunction),
    inclusiveByFunction: sorted(inclusiveByFunction),
    callers: callers ? { name: callers, byCaller: sorted(byCaller) } : undefined,
  };
}

export function printAnalysis({ unit, total, selfByModule, selfByFunction, inclusiveByFunction, callers }, top) {
  const what = unit === 'ms' ? 'time' : 'allocation';
  const pct = (x) => `${fixed((100 * x) / total, 1)}%`;
  const table = (title, rows) => {
    console.log(`\n| ${title} | ${unit} | % |\n|---|---:|---:|`);
    for (const [key, x] of rows.slice(0, top)) console.log(`| ${key} | ${fixed(x, 0)} | ${pct(x)} |`);
  };
  console.log(`\nsampled ${fixed(total, 0)} ${unit}${unit === 'ms' ? ' (idle excluded)' : ' allocated'}`);
  table(`self ${what} by module`, selfByModule);
  table(`self ${what} by function`, selfByFunction);
  table(`inclusive ${what}, onrecord functions`, inclusiveByFunction);
  if (callers) table(`callers of ${callers.name} (its inclusive ${what})`, callers.byCaller);
}
