/** Timing one tool on one page: wall-clock and CPU milliseconds, and whether it threw. */
import { performance } from 'node:perf_hooks';

/** Pages every tool extracts before timing starts, so that the JIT has warmed up. */
export const WARMUP_PAGES = 20;

export async function timeOne(tool, page) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let ok = true;
  try {
    const result = tool.run(page.html, page.url);
    if (result && typeof result.then === 'function') await result;
  } catch {
    ok = false;
  }
  const wall = performance.now() - start;
  // CPU time (all threads, GC helpers included) is what the machine's other load does not inflate.
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, ok };
}

export async function warmUp(tool, pages) {
  for (const page of pages.slice(0, WARMUP_PAGES)) await timeOne(tool, page);
}

/** The tools' names as `--tool` accepts them. */
export const toolKey = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
