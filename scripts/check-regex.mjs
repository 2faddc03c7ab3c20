#!/usr/bin/env node
// Regex safety (ReDoS): every regular expression in src/ is checked with recheck
// (https://makenowjust-labs.github.io/recheck/); any that can backtrack catastrophically (exponential
// or polynomial time on some input) fails the run.
//
// Two sources, so that no regex escapes:
//   1. static: every regex literal and every `RegExp(…)` / `new RegExp(…)` whose pattern is a literal
//      string, read from src/**/*.ts with the TypeScript parser;
//   2. runtime: regexes built from data at run time (`new RegExp(words.join('|'))`) are captured by
//      wrapping the global RegExp while the bundled library loads and reads the fixtures.
//
// A regex recheck cannot decide in time ("unknown") is listed but does not fail the run.
//
// A regex that is vulnerable only on input the code never gives it (for example a string capped to a
// few hundred characters first) may be waived with a `recheck-ok: <why>` comment on its line or the
// line above. Waivers are listed in the output.
//
// Usage: node scripts/check-regex.mjs [--static-only] [--verbose]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const srcDir = join(root, 'src');
const staticOnly = process.argv.includes('--static-only');
const verbose = process.argv.includes('--verbose');
/** Milliseconds recheck may spend on one regex before it answers "unknown". */
const CHECK_TIMEOUT_MS = 20_000;
const WAIVER = /recheck-ok\s*:/;

/** @type {Map<string, {source: string, flags: string, locations: Set<string>}>} */
const regexes = new Map();
/** @type {string[]} */
const dynamic = [];

function record(source, flags, location) {
  const key = `/${source}/${flags}`;
  let entry = regexes.get(key);
  if (!entry) regexes.set(key, (entry = { source, flags, locations: new Set() }));
  entry.locations.add(location);
}

function sourceFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:ts|mts|tsx)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

/* 1. Static ---------------------------------------------------------------------------------------- */

const fileLines = new Map();
for (const file of sourceFiles(srcDir)) {
  const text = readFileSync(file, 'utf8');
  const rel = relative(root, file);
  fileLines.set(rel, text.split('\n'));
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const where = (node) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    return `${rel}:${line + 1}:${character + 1}`;
  };
  const literalText = (node) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);
  const stack = [sourceFile];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sourceFile);
      const slash = literal.lastIndexOf('/');
      record(literal.slice(1, slash), literal.slice(slash + 1), where(node));
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const pattern = literalText(patternArg);
      const flags = flagsArg === undefined ? '' : literalText(flagsArg);
      if (pattern !== undefined && flags !== undefined) record(pattern, flags, where(node));
      else if (patternArg && ts.isRegularExpressionLiteral(patternArg)) {
        // RegExp(/re/, flags): the literal is checked on its own; the flags may differ.
      } else dynamic.push(where(node));
    }
    node.forEachChild((child) => {
      stack.push(child);
    });
  }
}
const staticCount = regexes.size;

/* 2. Runtime --------------------------------------------------------------------------------------- */

let runtimeNote = '';
if (!staticOnly) {
  try {
    runtimeNote = await captureRuntimeRegexes();
  } catch (error) {
    runtimeNote = `runtime capture failed (${String(error).split('\n')[0]}); only literal regexes were checked`;
  }
}

async function captureRuntimeRegexes() {
  const esbuild = await import('esbuild');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-regex-'));
  const bundle = join(dir, 'index.mjs');
  // Load every library module, wired into the pipeline yet or not, so that each module-level regex is built.
  // The CLI is left out: importing it would run it.
  const modules = sourceFiles(srcDir).filter((file) => !relative(srcDir, file).startsWith('cli'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    [`export { extract } from ${JSON.stringify(join(srcDir, 'index.ts'))};`, ...modules.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`)].join('\n'),
  );
  try {
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      sourcemap: 'inline',
      outfile: bundle,
      logLevel: 'silent',
    });
    process.setSourceMapsEnabled(true);
    const Original = globalThis.RegExp;
    const capture = (args) => {
      const [pattern, flags] = args;
      const source = pattern instanceof Original ? pattern.source : String(pattern ?? '(?:)');
      const flagText = flags === undefined ? (pattern instanceof Original ? pattern.flags : '') : String(flags);
      const frame = (new Error().stack ?? '').split('\n').find((line) => line.includes(`${srcDir}/`) || line.includes('/src/'));
      const match = frame && /\(?((?:[A-Za-z]:)?[^():]*\/src\/[^():]+):(\d+):(\d+)\)?\s*$/.exec(frame);
      const location = match ? `${relative(root, match[1].replace(/^file:\/\//, ''))}:${match[2]}:${match[3]}` : 'runtime (location unknown)';
      record(source, flagText, location);
    };
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        capture(args);
        return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
      },
      apply(target, thisArg, args) {
        capture(args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    let pages = 0;
    try {
      const { extract } = await import(pathToFileURL(bundle).href);
      const fixturesDir = join(root, 'fixtures');
      for (const name of readdirSync(fixturesDir)) {
        try {
          const html = readFileSync(join(fixturesDir, name, 'input.html'), 'utf8');
          let options = {};
          try {
            options = JSON.parse(readFileSync(join(fixturesDir, name, 'options.json'), 'utf8'));
          } catch {}
          extract(html, options);
          pages++;
        } catch {}
      }
    } finally {
      globalThis.RegExp = Original;
    }
    return `${regexes.size - staticCount} more built at run time (library loaded, ${pages} fixture pages read)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/* Check -------------------------------------------------------------------------------------------- */

function waived(locations) {
  for (const location of locations) {
    const [file, line] = location.split(':');
    const lines = fileLines.get(file);
    if (!lines) continue;
    const index = Number(line) - 1;
    if (WAIVER.test(lines[index] ?? '') || WAIVER.test(lines[index - 1] ?? '')) return location;
  }
  return undefined;
}

const vulnerable = [];
const waivers = [];
const unknown = [];
let safe = 0;
for (const { source, flags, locations } of regexes.values()) {
  const places = [...locations].sort();
  let result;
  try {
    result = checkSync(source, flags, { timeout: CHECK_TIMEOUT_MS });
    // The automaton checker can be slow on large alternations: the fuzz checker answers those.
    if (result.status === 'unknown') result = checkSync(source, flags, { timeout: CHECK_TIMEOUT_MS, checker: 'fuzz' });
  } catch (error) {
    result = { status: 'unknown', error: { kind: String(error) } };
  }
  const shown = `/${source}/${flags}`;
  if (result.status === 'safe') {
    safe++;
    if (verbose) console.log(`safe        ${shown}  ${places.join(' ')}`);
  } else if (result.status === 'vulnerable') {
    const entry = {
      regex: shown,
      places,
      complexity: result.complexity?.summary ?? 'vulnerable',
      attack: result.attack?.pattern ?? '',
      hotspot: (result.hotspot ?? []).map((h) => source.slice(h.start, h.end)).join(' '),
    };
    if (waived(places)) waivers.push(entry);
    else vulnerable.push(entry);
  } else {
    unknown.push({ regex: shown, places, why: result.error?.kind ?? 'unknown' });
  }
}

const print = (label, entry) => {
  console.log(`${label} ${entry.regex}`);
  console.log(`    at ${entry.places.join(', ')}`);
  console.log(`    ${entry.complexity}; hotspot ${entry.hotspot || '?'}; attack string: ${entry.attack}`);
};
for (const entry of vulnerable) print('VULNERABLE', entry);
for (const entry of waivers) print('waived (recheck-ok)', entry);
for (const entry of unknown) console.log(`unknown ${entry.regex} (${entry.why}) at ${entry.places.join(', ')}`);
if (dynamic.length > 0 && verbose) console.log(`RegExp built from non-literal patterns at: ${dynamic.join(', ')}`);
console.log(
  `check-regex: ${regexes.size} regexes (${staticCount} literal${runtimeNote ? `; ${runtimeNote}` : ''}): ` +
    `${safe} safe, ${vulnerable.length} vulnerable, ${waivers.length} waived, ${unknown.length} unknown.`,
);
process.exit(vulnerable.length > 0 ? 1 : 0);
