import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckContext, CheckFileInput, FileOutcome } from "../../rules/check-file";
import type { FileRequest, FileResponse } from "./check-worker";
import type { IndexSourceData } from "./index-source";

/**
 * Files that need parsing before worker threads are worth starting: each worker loads its own engine and
 * TypeScript (about 0.2 s), which a handful of files never pays back.
 */
export const WORKER_THRESHOLD = 40;

/** How to start a worker: the compiled worker script, or code to evaluate (tests load the TypeScript sources). */
export type WorkerEntry = { file: string } | { code: string };

/** The compiled worker next to this module; absent when running from TypeScript sources (tests). */
export function defaultWorkerEntry(): WorkerEntry | undefined {
  const file = path.join(__dirname, "check-worker.js");
  return fs.existsSync(file) ? { file } : undefined;
}

/**
 * Worker threads for a run: one per core but the main thread's (which lists, reads and prefilters). None below
 * three cores: on two, a second thread barely speeds up JavaScript parsing (the TypeScript parser allocates
 * heavily and the threads share the garbage collector's helpers) while it adds a second heap.
 */
export function defaultWorkerCount(): number {
  const cores = os.availableParallelism();
  return cores >= 3 ? cores - 1 : 0;
}

interface Pending {
  input: CheckFileInput;
  resolve: (outcome: FileOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * Checks files on worker threads, one file per message: big files are few and slow, so handing out single files
 * to whichever worker is free keeps the workers evenly busy. Inputs carry their text (the main thread has read
 * it for the prefilter), so workers only parse and analyse.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private failure?: Error;
  private closing = false;

  /** `index`: the git index the files are read from (`check --staged`); without it, the working tree. */
  constructor(context: CheckContext, count: number, entry: WorkerEntry, index?: IndexSourceData) {
    const workerData = { context, ...(index && { index }) };
    for (let number = 0; number < count; number++) {
      const worker =
        "file" in entry ? new Worker(entry.file, { workerData }) : new Worker(entry.code, { eval: true, workerData });
      worker.on("message", (response: FileResponse) => this.finished(worker, response.outcome));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`check worker exited with code ${code}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  check(input: CheckFileInput): Promise<FileOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.running.set(worker, pending);
      const request: FileRequest = { input: pending.input };
      worker.postMessage(request);
    }
  }

  private finished(worker: Worker, outcome: FileOutcome): void {
    const pending = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    pending?.resolve(outcome);
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of [...this.running.values(), ...this.queue.splice(0)]) pending.reject(error);
    this.running.clear();
  }
}
