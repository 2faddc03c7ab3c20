#!/usr/bin/env node
/**
 * Writes `<out dir>/THIRD_PARTY_NOTICES.md`: the licence of every package whose code the builds
 * carry inline (tsup.config.ts bundles the runtime dependencies). The list is read from esbuild's
 * metafile of the library build and the module markers of the (unminified) CLI bundle, so it
 * cannot fall out of date, plus the packages whose data the sources carry in generated tables.
 * Run by `npm run build` after tsup.
 *
 *   node scripts/build-notices.mjs [out dir]     (default: $ONRECORD_OUT_DIR or dist)
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.argv[2] ?? process.env.ONRECORD_OUT_DIR ?? join(root, 'dist');
/** Packages the builds carry data generated from, rather than their code (scripts/build-attributes.mjs). */
const DERIVED_FROM = ['node_modules/property-information'];
const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;
/**
 * The licence texts of packages that name their licence in package.json but ship no file
 * (boolbase, ISC, under hast-util-select): the standard text, with the manifest's author.
 */
const STANDARD_LICENCES = {
  ISC: (holder) =>
    `ISC License\n\nCopyright (c) ${holder}\n\nPermission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies.\n\nTHE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.`,
};

/** Package directories (`node_modules/a`, `node_modules/@s/b`, nested ones too) of every bundled input. */
const packageDirs = new Set();
const PACKAGE_DIR = /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)/;
/** Record the package a bundled input path (`node_modules/parse5/dist/index.js`) belongs to. */
const addPackageOf = (input) => {
  const match = PACKAGE_DIR.exec(input);
  if (match) packageDirs.add(match[1].replace(/\/$/, ''));
};
const metafiles = readdirSync(outDir).filter((name) => /^metafile-.*\.json$/.test(name));
if (metafiles.length === 0) throw new Error(`no esbuild metafile in ${outDir}: tsup.config.ts must set metafile: true`);
for (const name of metafiles) {
  const { inputs } = JSON.parse(readFileSync(join(outDir, name), 'utf8'));
  for (const input of Object.keys(inputs)) addPackageOf(input);
  // Build metadata, not part of the package.
  rmSync(join(outDir, name));
}
// The CLI bundle is not minified: esbuild's `// node_modules/<package>/…` comment before each inlined module names it.
const cli = join(outDir, 'cli.js');
if (existsSync(cli)) {
  for (const [, input] of readFileSync(cli, 'utf8').matchAll(/^\/\/ (node_modules\/\S+)/gm)) addPackageOf(input);
}
for (const dir of DERIVED_FROM) packageDirs.add(dir);

const sections = [];
for (const dir of [...packageDirs].sort()) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(join(root, dir)).find((name) => LICENCE_FILE.test(name));
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
  const standard = STANDARD_LICENCES[manifest.license];
  if (!licenceFile && !(standard && author)) throw new Error(`${manifest.name}: no licence file in ${dir}; cannot ship it inline`);
  const text = licenceFile ? readFileSync(join(root, dir, licenceFile), 'utf8').trim() : standard(author);
  sections.push(`## ${manifest.name} ${manifest.version} (${manifest.license})\n\n\`\`\`\n${text}\n\`\`\``);
}
writeFileSync(
  join(outDir, 'THIRD_PARTY_NOTICES.md'),
  `# Third-party notices\n\nonrecord's builds include code from these packages, under their licences.\n\n${sections.join('\n\n')}\n`,
);
