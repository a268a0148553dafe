import { parentPort, workerData } from "node:worker_threads";
import { FileChecker, type CheckContext, type CheckFileInput, type FileOutcome } from "../../rules/check-file";
import { IndexFileSource, type IndexSourceData } from "./index-source";
import { parsedSourceBudget } from "./memory";

/** Worker-thread side of the pool: one FileChecker (one engine, one TypeScript) per worker, a file at a time. */
export interface FileRequest {
  input: CheckFileInput;
}

export interface FileResponse {
  outcome: FileOutcome;
}

if (parentPort) {
  const port = parentPort;
  const { context, index } = workerData as { context: CheckContext; index?: IndexSourceData };
  // `check --staged`: the same index the main thread reads, so every thread sees the same files.
  const checker = new FileChecker(context, index ? new IndexFileSource(index) : undefined);
  const parsed = parsedSourceBudget();
  port.on("message", (request: FileRequest) => {
    void checker
      .check(request.input)
      .catch((error: unknown): FileOutcome => ({
        findings: [],
        errors: [
          { kind: "internal-error", file: request.input.file, message: `check failed: ${(error as Error).message}` },
        ],
        parsed: true,
      }))
      .then((outcome) => {
        if (outcome.parsed) parsed(request.input.text?.length ?? 0);
        const response: FileResponse = { outcome };
        port.postMessage(response);
      });
  });
}
