/**
 * A pool of worker threads that run page tasks. Workers start lazily (one page needs one worker),
 * each runs one page at a time, and a page that runs past the time limit or crashes its worker
 * (out of memory, say) fails alone: the worker is replaced and the run goes on.
 */
import { Worker } from 'node:worker_threads';
import { failure, type PageTask, type TaskResult, type TaskSettings } from './task.js';

export interface WorkerRequest {
  task: PageTask;
}
export interface WorkerReply {
  result: TaskResult;
}

interface Job {
  task: PageTask;
  resolve: (result: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: ReturnType<typeof setTimeout>;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly settings: TaskSettings,
    private readonly timeoutMs: number,
  ) {}

  run(task: PageTask): Promise<TaskResult> {
    if (task.kind === 'failed') return Promise.resolve(failure(task.label, task.error));
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let idle: Slot | undefined;
      for (const slot of this.slots) {
        if (!slot.job) {
          idle = slot;
          break;
        }
      }
      if (!idle && this.slots.size < this.size) idle = this.spawn();
      if (!idle) return;
      this.start(idle, this.queue.shift() as Job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: { onrecordWorker: true, settings: this.settings } });
    const slot: Slot = { worker };
    worker.on('message', (reply: WorkerReply) => this.finish(slot, reply.result));
    worker.on('error', (error) => this.lose(slot, `the worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.lose(slot, `the worker exited with code ${code}`));
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    const transfer: ArrayBuffer[] = [];
    if (job.task.kind !== 'failed') {
      job.task.bytes = ownBuffer(job.task.bytes);
      transfer.push(job.task.bytes.buffer as ArrayBuffer);
    }
    if (this.timeoutMs > 0) {
      slot.timer = setTimeout(() => {
        this.lose(slot, `timed out after ${this.timeoutMs / 1000}s`);
      }, this.timeoutMs);
    }
    slot.worker.postMessage({ task: job.task } satisfies WorkerRequest, transfer);
  }

  private finish(slot: Slot, result: TaskResult): void {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    job?.resolve(result);
    this.dispatch();
  }

  /** The worker is gone or must go: fail its page, drop it, and let a new one take the queue. */
  private lose(slot: Slot, reason: string): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = undefined;
    if (job) job.resolve(failure(job.task.label, reason));
    this.dispatch();
  }
}

/** A copy of `bytes` that owns its whole ArrayBuffer, so it can be transferred without copying again. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  return new Uint8Array(bytes); // a copy (Buffer#slice would be a view on the same memory)
}
