#!/usr/bin/env node
/**
 * Makes `<out dir>/index.d.cts` compile in CommonJS projects (`module: node16`/`nodenext`) with
 * `skipLibCheck: false`. The declarations tsup writes import types from unified and vfile, which are
 * ESM-only: from a CommonJS declaration file TypeScript reads those imports as `require` calls and
 * reports TS1479. So, in the CommonJS declarations only:
 *
 * - `import { X } from 'unified'` becomes a type-only import resolved as ESM
 *   (`with { 'resolution-mode': 'import' }`, TypeScript ≥ 5.3);
 * - the `declare module 'vfile'` augmentation (which types `file.data.onrecord`) moves to
 *   `vfile-data.d.ts`, an ES module file (the package is `"type": "module"`) that index.d.cts
 *   references: there 'vfile' resolves as ESM.
 *
 *   node scripts/build-cjs-types.mjs [out dir]     (default: $ONRECORD_OUT_DIR or dist)
 *
 * Run by `npm run build` after tsup. Fails the build when the declarations no longer look as
 * expected, rather than shipping types that break CommonJS users.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.argv[2] ?? process.env.ONRECORD_OUT_DIR ?? join(root, 'dist');
const ESM_ONLY = ['unified', 'vfile'];
const AUGMENTATION_FILE = 'vfile-data.d.ts';

const path = join(outDir, 'index.d.cts');
let types = readFileSync(path, 'utf8');

for (const name of ESM_ONLY) {
  const from = new RegExp(`^import (?:type )?(\\{[^}\\n]*\\}) from '${name}';$`, 'gm');
  types = types.replace(from, (_, names) => `import type ${names} from '${name}' with { 'resolution-mode': 'import' };`);
}

const augmentation = /^declare module 'vfile' \{\n(?: {4}.*\n| *\n)*?\}\n/m;
const block = augmentation.exec(types)?.[0];
if (!block) fail(`no "declare module 'vfile'" block`);
types = `/// <reference path="./${AUGMENTATION_FILE}" />\n${types.replace(block, '')}`;

for (const name of ESM_ONLY) {
  const plainImport = new RegExp(`from '${name}';$|declare module '${name}'`, 'm');
  if (plainImport.test(types)) fail(`an import of the ESM-only ${name} is left`);
}

writeFileSync(path, types);
writeFileSync(
  join(outDir, AUGMENTATION_FILE),
  `// Types file.data.onrecord for CommonJS users (see index.d.cts): an ES module file, so 'vfile' resolves as ESM.\nimport type { Article } from './index.js';\n\n${block}`,
);

function fail(message) {
  console.error(`build-cjs-types: ${path}: ${message}; update scripts/build-cjs-types.mjs`);
  process.exit(1);
}
