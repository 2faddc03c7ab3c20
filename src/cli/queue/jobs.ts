/**
 * A page as a queue job: its data (the bytes the CLI's readers produced, and the label its output
 * line carries) and an id derived from the page, so that a page enqueued twice is done once.
 */
import { createHash } from 'node:crypto';
import type { PageLabel, PageTask } from '../task.js';

/** The queue's name when --queue is not given. */
export const DEFAULT_QUEUE = 'onrecord';
/** Every job's name (BullMQ jobs carry one; ours are all pages). */
export const PAGE_JOB = 'page';

/** What a job carries. Job data is stored as JSON, so the bytes travel as base64. */
export interface PageJobData {
  label: PageLabel;
  /** `bytes`: a page (from a file or a WARC record); `ndjson`: one NDJSON record, parsed by the worker. */
  kind: 'bytes' | 'ndjson';
  bytes: string;
  charset?: string;
  url?: string;
}

/** A readable page task (not one that failed to read) → the job's data. */
export function jobDataOf(task: Exclude<PageTask, { kind: 'failed' }>): PageJobData {
  const data: PageJobData = { label: task.label, kind: task.kind, bytes: Buffer.from(task.bytes).toString('base64') };
  if (task.kind === 'bytes') {
    if (task.charset) data.charset = task.charset;
    if (task.url) data.url = task.url;
  }
  return data;
}

/** The job's data → the task the CLI's pool runs. */
export function taskOf(data: PageJobData): PageTask {
  const bytes = new Uint8Array(Buffer.from(data.bytes, 'base64'));
  if (data.kind === 'ndjson') return { kind: 'ndjson', label: data.label, bytes };
  const task: PageTask = { kind: 'bytes', label: data.label, bytes };
  if (data.charset) task.charset = data.charset;
  if (data.url) task.url = data.url;
  return task;
}

/**
 * The page's id: a SHA-256 digest of its URL, its bytes and the charset they were sent with (an
 * NDJSON record's bytes hold its URL). Where the page was read from is left out: the same page in two files, or enqueued twice,
 * is one job. BullMQ ignores an add whose id it already holds, in any state. The prefix keeps the
 * id from being all digits or holding a ':' (BullMQ refuses both for custom ids).
 */
export function jobIdOf(task: Exclude<PageTask, { kind: 'failed' }>): string {
  const hash = createHash('sha256');
  if (task.kind === 'bytes') hash.update(`${task.url ?? ''}\n${task.charset ?? ''}`);
  hash.update('\n');
  hash.update(task.bytes);
  return `page-${hash.digest('hex')}`;
}
