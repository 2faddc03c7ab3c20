/** Bun (the npm package `bun`, whose binary comes in its platform package): the ESM build gives what Node gives. */
import { runtimeBinary } from './helpers.js';
import { describeScriptRuntime } from './script-runtime.js';

describeScriptRuntime({
  label: 'Bun',
  binary: runtimeBinary('bun'),
  // --no-install: never fetch a package at run time; the script imports files only.
  args: (script) => ['--no-install', 'run', script],
  env: () => ({ DO_NOT_TRACK: '1' }),
});
