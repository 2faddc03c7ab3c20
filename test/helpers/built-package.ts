/**
 * The built package, for tests of what users actually get (the CLI, the bundles, the tarball).
 *
 * CI runs `npm run build` before `npm test`, so a dist/ newer than every source is used as is.
 * Otherwise (a test run alone, sources edited since) the package is built once into
 * node_modules/.cache/onrecord-test-build/<hash of the sources>/package/, never over the shared
 * dist/. Parallel test files wait for one build rather than each starting their own.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What `npm run build` writes; a build missing any of them is not used. */
const BUILD_OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'vfile-data.d.ts', 'cli.js', 'schema.json', 'rules.schema.json', 'THIRD_PARTY_NOTICES.md'];
/** Everything the build reads. */
const BUILD_INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json', 'package.json', 'scripts/build-cjs-types.mjs', 'scripts/build-schema.mjs', 'scripts/build-notices.mjs'];
/** Files besides dist/ that npm packs. */
const PACKED_EXTRAS = ['README.md', 'LICENSE', 'CHANGELOG.md'];
const BUILD_WAIT_MS = 240_000;
const STALE_LOCK_MS = 300_000;
/** Builds of older sources are removed once this old, so the cache does not grow without end. */
const OLD_BUILD_MS = 3_600_000;

export interface BuiltPackage {
  /** A folder with package.json and dist/, ready for `npm pack`. */
  packageDir: string;
  distDir: string;
}

let pending: Promise<BuiltPackage> | undefined;

export function builtPackage(): Promise<BuiltPackage> {
  pending ??= locateOrBuild();
  return pending;
}

async function locateOrBuild(): Promise<BuiltPackage> {
  const inputs = listInputs();
  const repoDist = join(REPO_ROOT, 'dist');
  if (isFreshBuild(repoDist, inputs)) return { packageDir: REPO_ROOT, distDir: repoDist };

  const hash = createHash('sha256');
  for (const file of inputs) hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file));
  const cacheDir = join(REPO_ROOT, 'node_modules/.cache/onrecord-test-build');
  const finalDir = join(cacheDir, hash.digest('hex').slice(0, 16));
  const built: BuiltPackage = { packageDir: join(finalDir, 'package'), distDir: join(finalDir, 'package/dist') };
  const lock = `${finalDir}.lock`;
  const deadline = Date.now() + BUILD_WAIT_MS;
  mkdirSync(cacheDir, { recursive: true });
  while (!existsSync(finalDir)) {
    if (tryLock(lock)) {
      try {
        if (!existsSync(finalDir)) buildInto(finalDir);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for another test's build (${lock})`);
    await sleep(250);
  }
  return built;
}

function buildInto(finalDir: string): void {
  const staging = `${finalDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const packageDir = join(staging, 'package');
  const distDir = join(packageDir, 'dist');
  mkdirSync(packageDir, { recursive: true });
  const tsup = join(REPO_ROOT, 'node_modules/tsup/dist/cli-default.js');
  const env = { ...process.env, ONRECORD_OUT_DIR: distDir };
  execFileSync(process.execPath, [tsup, '--silent'], { cwd: REPO_ROOT, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/build-cjs-types.mjs', distDir], { cwd: REPO_ROOT, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/build-schema.mjs', distDir], { cwd: REPO_ROOT, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/build-notices.mjs', distDir], { cwd: REPO_ROOT, env, stdio: 'pipe' });
  copyFileSync(join(REPO_ROOT, 'package.json'), join(packageDir, 'package.json'));
  for (const extra of PACKED_EXTRAS) {
    if (existsSync(join(REPO_ROOT, extra))) copyFileSync(join(REPO_ROOT, extra), join(packageDir, extra));
  }
  writeFileSync(join(staging, 'BUILT'), new Date().toISOString());
  renameSync(staging, finalDir);
  pruneOldBuilds(join(finalDir, '..'));
}

function pruneOldBuilds(cacheDir: string): void {
  for (const entry of readdirSync(cacheDir)) {
    const path = join(cacheDir, entry);
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - modified > OLD_BUILD_MS) rmSync(path, { recursive: true, force: true });
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    // A lock left by a killed run would block every later one.
    const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - lockedAt > STALE_LOCK_MS) {
      rmSync(lock, { recursive: true, force: true });
    }
    return false;
  }
}

function isFreshBuild(distDir: string, inputs: readonly string[]): boolean {
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const output of BUILD_OUTPUTS) {
    const stats = statSync(join(distDir, output), { throwIfNoEntry: false });
    if (!stats) return false;
    oldestOutput = Math.min(oldestOutput, stats.mtimeMs);
  }
  return inputs.every((input) => statSync(input).mtimeMs <= oldestOutput);
}

function listInputs(): string[] {
  const files: string[] = [];
  for (const input of BUILD_INPUTS) {
    const path = join(REPO_ROOT, input);
    if (!existsSync(path)) continue;
    if (!statSync(path).isDirectory()) {
      files.push(path);
      continue;
    }
    const pendingDirs = [path];
    while (pendingDirs.length > 0) {
      const dir = pendingDirs.pop() as string;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const child = join(dir, entry.name);
        if (entry.isDirectory()) pendingDirs.push(child);
        else files.push(child);
      }
    }
  }
  return files.sort();
}
