import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Tests build a private copy (ONRECORD_OUT_DIR) so they never race over the shared dist/.
const outDir = process.env['ONRECORD_OUT_DIR'] ?? 'dist';

// Cleaned once here, not per config: the configs build in parallel and must not wipe each other.
rmSync(outDir, { recursive: true, force: true });

// The runtime dependencies (parse5 8 included) are ESM-only, so the CommonJS build carries them
// inline: `require('onrecord')` then works on every Node >= 20, not only where require(esm) is enabled.
const BUNDLED_IN_CJS = [/.*/];

const library = {
  entry: { index: 'src/index.ts' },
  dts: true,
  // The library: no Node built-ins, runs in any JavaScript runtime.
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  treeshake: true,
  outDir,
} as const;

export default defineConfig([
  { ...library, format: ['esm'] },
  { ...library, format: ['cjs'], noExternal: BUNDLED_IN_CJS },
  {
    // The command-line tool: Node only. It runs itself as its worker threads, and carries the
    // WARC reader (a devDependency) inline so that the library's users never install it.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['onrecord'],
    outDir,
  },
]);
