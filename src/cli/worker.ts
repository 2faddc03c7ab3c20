/** The worker-thread side of the pool: run each page task it is sent and reply with the result. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { runTask, type TaskSettings } from './task.js';

/** True in a thread the pool started (the CLI's file runs as both the command and its workers). */
export function isPoolWorker(): boolean {
  return parentPort !== null && (workerData as { onrecordWorker?: boolean } | null)?.onrecordWorker === true;
}

export function serveTasks(): void {
  const port = parentPort;
  if (!port) return;
  const settings = (workerData as { settings: TaskSettings }).settings;
  port.on('message', ({ task }: WorkerRequest) => {
    port.postMessage({ result: runTask(task, settings) } satisfies WorkerReply);
  });
}
