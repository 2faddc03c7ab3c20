/**
 * The runtimes that run a script file (Bun, Deno): one process imports the ESM build and reads every case; its
 * answers must be Node's, byte for byte as JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithNode, nodeAnswers, removeDir, report, runProgram, runtimeCases, scratchProject, writeCaseRunner } from './helpers.js';

export interface ScriptRuntime {
  label: string;
  binary: { path: string; version: string };
  /** The command line that runs the script, after the binary. */
  args: (script: string, dir: string) => string[];
  env?: (dir: string) => NodeJS.ProcessEnv;
}

export function describeScriptRuntime(runtime: ScriptRuntime): void {
  const cases = runtimeCases();
  let dir: string | undefined;
  let node: string[] = [];
  let answers: string[] = [];

  beforeAll(async () => {
    const project = await scratchProject(runtime.label.toLowerCase());
    dir = project.dir;
    const script = writeCaseRunner(dir, project.distDir, cases);
    node = nodeAnswers(script, dir);
    const started = performance.now();
    const env = runtime.env?.(dir);
    answers = JSON.parse(runProgram(runtime.binary.path, runtime.args(script, dir), { cwd: dir, ...(env ? { env } : {}) })) as string[];
    report(
      `${runtime.label} ${runtime.binary.version}: ${cases.length} cases in ${Math.round(performance.now() - started)} ms (one process, start included)`,
    );
  }, 300_000);

  afterAll(() => removeDir(dir));

  describe(`${runtime.label} ${runtime.binary.version} imports the ESM build`, () => {
    it('answers every case', () => {
      expect(answers.length).toBe(cases.length);
    });
    it.each(cases.map((entry, index) => [entry.name, index] as const))('%s: the same JSON as Node', (_name, index) => {
      expect(compareWithNode(answers[index], node[index])).toBe('same');
    });
  });
}
