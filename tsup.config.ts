import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: no Node built-ins, runs in any JavaScript runtime.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: true,
    clean: true,
    treeshake: true,
  },
  {
    // The command-line tool: Node only.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['onrecord'],
  },
]);
