/**
 * Resource limits for one extraction: how much of a page is read (`maxBytes`, `maxElements`) and how
 * long the optional stages may run (`timeBudgetMs`). onrecord runs unattended over pages nobody has
 * looked at; these keep one hostile page from taking a pipeline's memory or time. When a limit is
 * hit the article is still returned, with a warning that says what was cut.
 */
import type { ExtractOptions, Warning } from './types.js';

/**
 * Input beyond this many UTF-8 bytes is not read. The largest real article pages we have measured
 * are about 1.6 MB; 10 MiB leaves a wide margin and keeps parse5's tree for the page in tens of MB.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Elements beyond this many (in document order) are not read. Real pages stay near 10,000; the
 * pipeline spends some 25 µs per element on the worst shapes, so this bounds a page to a few seconds.
 */
export const DEFAULT_MAX_ELEMENTS = 100_000;

/**
 * Once this many milliseconds have passed since `extract` began, the stages not yet run are
 * skipped. A generous ceiling: a typical page takes tens of milliseconds.
 */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

export interface Limits {
  maxBytes: number;
  maxElements: number;
  timeBudgetMs: number;
}

type LimitName = keyof Limits;

const DEFAULTS: Limits = {
  maxBytes: DEFAULT_MAX_BYTES,
  maxElements: DEFAULT_MAX_ELEMENTS,
  timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
};

/**
 * The limits in force: each option when it is a number ≥ 0 (`Infinity` turns the limit off), else
 * its default. An invalid value is reported in `warnings`, never thrown: `extract` does not throw on
 * a string, whatever the options.
 */
export function resolveLimits(options: ExtractOptions | undefined, warnings?: Warning[]): Limits {
  const limits: Limits = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as LimitName[]) {
    const value: unknown = options?.[name];
    if (value === undefined || value === null) continue;
    if (typeof value === 'number' && value >= 0) limits[name] = value; // NaN fails `>= 0`
    else {
      warnings?.push({
        code: 'invalid-option',
        message: `Option ${name} must be a number ≥ 0 (or Infinity); the default ${DEFAULTS[name]} was used.`,
      });
    }
  }
  return limits;
}

/* ------------------------------------------------------------------------------------------------ */
/* Input size                                                                                         */

export interface CutInput {
  html: string;
  /** The input's size in UTF-8 bytes, when it was cut. */
  bytes?: number;
}

/**
 * The longest prefix of `html` that fits in `maxBytes` UTF-8 bytes, never splitting a surrogate pair.
 * A lone surrogate counts as the 3 bytes of the U+FFFD it encodes to.
 */
export function cutToBytes(html: string, maxBytes: number): CutInput {
  // Every UTF-16 code unit is at most 3 UTF-8 bytes: most pages need no scan at all.
  if (html.length * 3 <= maxBytes) return { html };
  let bytes = 0;
  let cutAt = -1;
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    let size: number;
    let units = 1;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(html.charCodeAt(i + 1))) {
      size = 4;
      units = 2;
    } else size = 3;
    if (cutAt < 0 && bytes + size > maxBytes) cutAt = i;
    bytes += size;
    i += units - 1;
  }
  return cutAt < 0 ? { html } : { html: html.slice(0, cutAt), bytes };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/* ------------------------------------------------------------------------------------------------ */
/* Time                                                                                               */

/** Milliseconds on a monotonic clock when the runtime has one (`performance.now`), else `Date.now`. */
export type Clock = () => number;

export const clock: Clock = (() => {
  const performance = (globalThis as { performance?: { now?: unknown } }).performance;
  if (performance && typeof performance.now === 'function') {
    const now = performance.now as () => number;
    return () => now.call(performance);
  }
  return () => Date.now();
})();

/** The time one extraction may take; stages check it before they start. */
export interface Budget {
  /** The budget in milliseconds (Infinity: none). */
  readonly limitMs: number;
  /** The clock reading after which optional stages are skipped. */
  readonly deadline: number;
  readonly clock: Clock;
  /** The stages skipped so far, and the one warning that names them. */
  readonly skipped: string[];
  warning?: Warning;
}

export function startBudget(limitMs: number, now: Clock = clock): Budget {
  return { limitMs, deadline: now() + limitMs, clock: now, skipped: [] };
}

/** Has the budget run out? Long-running stages may also call this between chunks of their own work. */
export function budgetSpent(budget: Budget | undefined): boolean {
  return budget !== undefined && budget.limitMs !== Infinity && budget.clock() >= budget.deadline;
}

/** Milliseconds left (Infinity without a budget), never negative. */
export function budgetLeft(budget: Budget): number {
  return budget.limitMs === Infinity ? Infinity : Math.max(0, budget.deadline - budget.clock());
}

/**
 * Run one optional stage of the pipeline, unless the time budget is spent: then the stage is
 * skipped, `skipped` stands in for its result and a warning names it. A stage that throws is
 * reported the same way, so one stage's bug cannot cost the rest of the article.
 */
export function runStage<T>(
  state: { budget?: Budget; warnings: Warning[] },
  stage: string,
  skipped: T,
  run: () => T,
): T {
  const budget = state.budget;
  if (budget && budgetSpent(budget)) {
    budget.skipped.push(stage);
    const message = `The time budget (timeBudgetMs) ran out; these stages were skipped: ${budget.skipped.join(', ')}.`;
    if (budget.warning) budget.warning.message = message;
    else {
      budget.warning = { code: 'time-budget-exceeded', message };
      state.warnings.push(budget.warning);
    }
    return skipped;
  }
  try {
    return run();
  } catch (error) {
    state.warnings.push({ code: 'internal-error', message: `The ${stage} stage failed and was skipped: ${String(error)}` });
    return skipped;
  }
}
