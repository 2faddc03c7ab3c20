/**
 * Deno (the npm package `deno`, whose binary comes in its platform package): the ESM build gives what Node gives,
 * run with no permission at all (the library reads no file, environment or network).
 */
import { join } from 'node:path';
import { runtimeBinary } from './helpers.js';
import { describeScriptRuntime } from './script-runtime.js';

describeScriptRuntime({
  label: 'Deno',
  binary: runtimeBinary('deno'),
  args: (script) => ['run', '--no-prompt', '--no-config', '--no-lock', script],
  // A fresh cache per run, and no look-up of a newer release (no network here).
  env: (dir) => ({ DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1' }),
});
