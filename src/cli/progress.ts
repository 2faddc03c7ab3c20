/** The progress bar (stderr, terminals only) and the closing summary. */

export interface ProgressState {
  pages: number;
  failed: number;
  skipped: number;
  elapsedMs: number;
  /** Share of the input done, 0…1; undefined when unknown (standard input). */
  fraction?: number;
  /** Pages still waiting in a shared queue (the `worker` command), shown when set. */
  waiting?: number;
  /** Pages done in this run, for the rate, when `pages` also counts pages done before it (a shared queue). */
  pagesThisRun?: number;
}

const BAR_WIDTH = 24;
/** Redraw at most this often: a terminal is slow next to a fast run. */
export const REDRAW_INTERVAL_MS = 200;
/** No ETA until this share is done: early rates swing too much to be worth printing. */
const MIN_FRACTION_FOR_ETA = 0.005;

/** One line: `[#########---------]  37%  1,234 pages  45.6 pages/s  ETA 1m02s  2 failed`. */
export function formatProgress(state: ProgressState): string {
  const parts: string[] = [];
  if (state.fraction !== undefined) {
    const fraction = Math.min(1, Math.max(0, state.fraction));
    const filled = Math.round(fraction * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%`);
  }
  parts.push(countOf(state.pages, 'page'));
  if (state.waiting !== undefined) parts.push(`${formatCount(state.waiting)} waiting`);
  parts.push(`${formatRate(state.pagesThisRun ?? state.pages, state.elapsedMs)} pages/s`);
  if (state.fraction !== undefined && state.fraction >= MIN_FRACTION_FOR_ETA && state.fraction < 1) {
    parts.push(`ETA ${formatDuration((state.elapsedMs * (1 - state.fraction)) / state.fraction)}`);
  }
  if (state.failed > 0) parts.push(`${formatCount(state.failed)} failed`);
  return parts.join('  ');
}

/** `onrecord: 1,234 pages, 2 failed, 10 skipped (not HTML) in 12.3s (100.3 pages/s)`. */
export function formatSummary(state: ProgressState): string {
  const failed = `${formatCount(state.failed)} failed`;
  const skipped = state.skipped > 0 ? `, ${formatCount(state.skipped)} skipped (not an HTML 2xx response)` : '';
  const seconds = (state.elapsedMs / 1000).toFixed(1);
  return `onrecord: ${countOf(state.pages, 'page')}, ${failed}${skipped} in ${seconds}s (${formatRate(state.pages, state.elapsedMs)} pages/s)`;
}

/** "1 page", "2 pages", "1,234 pages". */
function countOf(count: number, noun: string): string {
  return `${formatCount(count)} ${count === 1 ? noun : `${noun}s`}`;
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours}h${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m${String(seconds).padStart(2, '0')}s`;
  return `${seconds}s`;
}

function formatRate(pages: number, elapsedMs: number): string {
  return elapsedMs > 0 ? ((pages * 1000) / elapsedMs).toFixed(1) : '0.0';
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Redraws one status line in place on a terminal stream. */
export class ProgressBar {
  private timer: ReturnType<typeof setInterval> | undefined;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly read: () => ProgressState,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.draw(), REDRAW_INTERVAL_MS);
    this.timer.unref();
  }

  draw(): void {
    const columns = this.stream.columns || 80;
    this.stream.write(`\r${formatProgress(this.read()).slice(0, columns - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Erase the bar (before a message on the same stream, or at the end). */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }
}
