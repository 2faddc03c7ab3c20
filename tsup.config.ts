import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Tests build a private copy (ONRECORD_OUT_DIR) so they never race over the shared dist/.
const outDir = process.env['ONRECORD_OUT_DIR'] ?? 'dist';

// Cleaned once here, not per config: the configs build in parallel and must not wipe each other.
rmSync(outDir, { recursive: true, force: true });

// Both builds carry parse5, entities and property-information inline. For CommonJS it is a must
// (parse5 8 is ESM-only, and `require('onrecord')` must work on every Node >= 20); for ESM it is
// the cold start: resolving and loading some forty module files took about half of the import time.
// Their licences ship in dist/THIRD_PARTY_NOTICES.md (scripts/build-notices.mjs).
const BUNDLED = [/.*/];

const library = {
  entry: { index: 'src/index.ts' },
  dts: true,
  // The library: no Node built-ins, runs in any JavaScript runtime.
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  treeshake: true,
  noExternal: BUNDLED,
  // White space and syntax minified, names kept (stack traces stay readable; the source maps lead
  // back to src/): a quarter less source to compile at import, about 3 ms of a ~45 ms cold start.
  minifyWhitespace: true,
  minifySyntax: true,
  // Which packages the bundle carries, for dist/THIRD_PARTY_NOTICES.md (scripts/build-notices.mjs reads, then removes it;
  // the CLI, not minified, is read from its module markers).
  metafile: true,
  outDir,
} as const;

export default defineConfig([
  { ...library, format: ['esm'] },
  { ...library, format: ['cjs'] },
  {
    // The command-line tool: Node only. It runs itself as its worker threads, and carries the
    // WARC reader (a devDependency) inline so that the library's users never install it.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['onrecord'],
    // One file: the queue commands (src/cli/queue/, reached by dynamic import) stay inside it, run
    // only when called, and bullmq (a peer dependency, so external) is imported only by them.
    splitting: false,
    outDir,
  },
]);
