// Runs a program in a child Node process with real @sentry/node and returns what Sentry captured.
//
// Program contract: the file exports `async function main(baseUrl: string): Promise<unknown>`.
// The runner sets process.env.MOCK_LLM_URL to the same base URL before the program loads, so
// programs may create their SDK clients at module top level, as real applications do.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  BASE_URL_ENV,
  CHILD_CONFIG_ENV,
  ChildConfig,
  ChildReport,
  ProgramError,
  TraceLifecycle,
} from "./runner/protocol";
import { transpileProgram } from "./runner/transpile";
import { CapturedSpan, Envelope, parseEnvelope, spansFromEnvelopes } from "./spans";

export type { ProgramError, TraceLifecycle } from "./runner/protocol";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
/** Gitignored scratch space; inside the repo so compiled programs resolve its node_modules. */
export const WORK_DIR = path.join(__dirname, ".work");
const RUNNER_DIR = path.join(__dirname, "runner");

/** Keys SDKs look for at construction; fake, since every request goes to the mock. */
const FAKE_CREDENTIALS: Record<string, string> = {
  OPENAI_API_KEY: "sk-mock",
  ANTHROPIC_API_KEY: "sk-ant-mock",
  GEMINI_API_KEY: "gemini-mock",
  MISTRAL_API_KEY: "mistral-mock",
  CO_API_KEY: "cohere-mock",
  GROQ_API_KEY: "groq-mock",
};

export interface RunInstrumentedOptions {
  /** Mock server URL, passed to `main` and exported as MOCK_LLM_URL. */
  baseUrl: string;
  /** Keep Sentry's automatic AI integrations and load the `@sentry/node/import` hook they need. Default false. */
  keepAutoAiIntegrations?: boolean;
  /**
   * Sentry.init's `dataCollection.genAI` inputs and outputs (SDK 11's successor of sendDefaultPii). Default true,
   * SDK 11's own default: the spans the CLI writes by default (`--record-inputs auto`) then carry prompts and replies.
   */
  recordAiContent?: boolean;
  /** Default: the SDK's own default ("stream" in 11.11.0). */
  traceLifecycle?: TraceLifecycle;
  /** Extra environment for the child. */
  env?: Record<string, string>;
  /**
   * Kill the child after this long. Default 90 000 ms: a program runs in a second or two, but on a loaded 2-core
   * machine importing an SDK (@google/genai) has been seen to take more than 30 s.
   */
  timeoutMs?: number;
  /** Leave the compiled program in test/runtime/.work for inspection. Default false. */
  keepWorkDir?: boolean;
}

export interface RunInstrumentedResult {
  /** What `main` resolved to (JSON round-tripped); undefined when it threw. */
  result: unknown;
  /** Set when loading the program or `main` threw. */
  error?: ProgramError;
  envelopes: Envelope[];
  /** Every span from every envelope, normalised (see spans.ts). */
  spans: CapturedSpan[];
  stdout: string;
  stderr: string;
}

let runCounter = 0;

export async function runInstrumented(
  programFile: string,
  options: RunInstrumentedOptions,
): Promise<RunInstrumentedResult> {
  const runDir = path.join(WORK_DIR, "runs", `${path.basename(programFile)}-${process.pid}-${++runCounter}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  try {
    const config: ChildConfig = {
      programFile: transpileProgram(programFile, runDir),
      baseUrl: options.baseUrl,
      reportFile: path.join(runDir, "report.json"),
      keepAutoAiIntegrations: options.keepAutoAiIntegrations ?? false,
      recordAiContent: options.recordAiContent ?? true,
      traceLifecycle: options.traceLifecycle,
    };
    const output = await runChild(childEntry(), config, options);
    if (!fs.existsSync(config.reportFile)) {
      throw new Error(
        `Program ${programFile} ended without a report (exit ${output.exitCode}).\n` +
          `stdout:\n${output.stdout}\nstderr:\n${output.stderr}`,
      );
    }
    const report = JSON.parse(fs.readFileSync(config.reportFile, "utf8")) as ChildReport;
    const envelopes = report.envelopes.map(parseEnvelope);
    return {
      result: report.result,
      error: report.error,
      envelopes,
      spans: spansFromEnvelopes(envelopes),
      stdout: output.stdout,
      stderr: output.stderr,
    };
  } finally {
    if (!options.keepWorkDir) fs.rmSync(runDir, { recursive: true, force: true });
  }
}

/**
 * Returns a wrapper that lets at most `concurrency` tasks run at once (each child process costs
 * about a second of CPU, and CI has 2 cores). Use it to start many runs up front and await each
 * one in its own test.
 */
export function limitConcurrency(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const acquire = async (): Promise<void> => {
    if (active < concurrency) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // slot handed over by release()
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Runs several programs with bounded concurrency; results keep input order. */
export function runInstrumentedAll(
  programFiles: string[],
  options: RunInstrumentedOptions,
  concurrency = 4,
): Promise<RunInstrumentedResult[]> {
  const limited = limitConcurrency(concurrency);
  return Promise.all(programFiles.map((file) => limited(() => runInstrumented(file, options))));
}

let compiledChildEntry: string | undefined;

/** Compiles the child entry once per Jest worker, into a directory named by its content. */
function childEntry(): string {
  if (compiledChildEntry) return compiledChildEntry;
  const sources = ["child-entry.ts", "protocol.ts"].map((file) => fs.readFileSync(path.join(RUNNER_DIR, file), "utf8"));
  const version = createHash("sha256").update(sources.join("\n")).digest("hex").slice(0, 12);
  compiledChildEntry = transpileProgram(
    path.join(RUNNER_DIR, "child-entry.ts"),
    path.join(WORK_DIR, `runner-${version}`),
  );
  return compiledChildEntry;
}

interface ChildOutput {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

function runChild(entry: string, config: ChildConfig, options: RunInstrumentedOptions): Promise<ChildOutput> {
  const nodeArgs = ["--enable-source-maps"];
  // 11.x auto-instrumentation only records when the diagnostics-channel hook is loaded first.
  if (config.keepAutoAiIntegrations) nodeArgs.push("--import", "@sentry/node/import");
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: REPO_ROOT,
    env: childEnvironment(config, options),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timeoutMs = options.timeoutMs ?? 90_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `Program ${config.programFile} timed out after ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr });
    });
  });
}

function childEnvironment(config: ChildConfig, options: RunInstrumentedOptions): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    // SENTRY_* variables (DSN, sample rate, trace lifecycle) would change what the SDK sends.
    Object.entries(process.env).filter(([key]) => !key.startsWith("SENTRY_") && !/_proxy$/i.test(key)),
  );
  return {
    ...inherited,
    ...FAKE_CREDENTIALS,
    NODE_PATH: path.join(REPO_ROOT, "node_modules"),
    NO_PROXY: "127.0.0.1,localhost",
    [BASE_URL_ENV]: config.baseUrl,
    [CHILD_CONFIG_ENV]: JSON.stringify(config),
    ...options.env,
  };
}
