// Runs a Python program with runner.py in .venv-test/ (real sentry-sdk and SDK clients) against the mock
// LLM server, and returns what Sentry would have received.
import { execFile } from "node:child_process";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { venvPython, SDK3_VENV } = require("../../../scripts/python-venv.js") as {
  venvPython: (venv?: string) => string;
  SDK3_VENV: string;
};

const RUNNER = path.join(__dirname, "runner.py");

export interface PySpan {
  /** Start and end, in seconds since the epoch. */
  start: number | null;
  end: number | null;
  spanId: string;
  parentSpanId: string | null;
  op: string | null;
  name: string | null;
  status: string | null;
  data: Record<string, unknown>;
}

export interface PyRun {
  result: unknown;
  /** Traceback of an exception that escaped main(), or null. */
  error: string | null;
  /** What the program printed. */
  stdout: string;
  spans: PySpan[];
}

/**
 * `sendDefaultPii: false` runs the app with its Sentry settings against AI content (default: allowed);
 * `python`: another venv's interpreter (`venvPython(SDK3_VENV)`, sentry-sdk 3.x).
 */
export function runPython(
  program: string,
  baseUrl: string,
  settings: { sendDefaultPii?: boolean; python?: string } = {},
): Promise<PyRun> {
  const env = {
    SEND_DEFAULT_PII: settings.sendDefaultPii === false ? "0" : "1",
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    MOCK_LLM_URL: baseUrl,
    // Libraries that build their own OpenAI client (pydantic-ai, openai-agents) read these.
    OPENAI_BASE_URL: `${baseUrl}/v1`,
    OPENAI_API_KEY: "test-key",
    // No network besides the mock: litellm would fetch its model price list, openai-agents export traces.
    LITELLM_LOCAL_MODEL_COST_MAP: "True",
    OPENAI_AGENTS_DISABLE_TRACING: "1",
    NO_PROXY: "127.0.0.1",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONHASHSEED: "0",
    // A crash prints the stack; a run that hangs is stopped by runner.py's own watchdog, which prints every
    // thread's stack first (this side's timeout below kills with no output at all).
    PYTHONFAULTHANDLER: "1",
    RUN_WATCHDOG_SECONDS: String(RUN_TIMEOUT_MS / 1000 - 10),
  };
  return new Promise((resolve, reject) => {
    execFile(
      settings.python ?? venvPython(),
      [RUNNER, program, baseUrl],
      { env, maxBuffer: 64 * 1024 * 1024, timeout: RUN_TIMEOUT_MS, killSignal: "SIGABRT" },
      (error, stdout, stderr) => {
        const last = stdout.trimEnd().split("\n").pop() ?? "";
        try {
          resolve(JSON.parse(last) as PyRun);
        } catch {
          reject(new Error(`${program}: no report (${error?.message ?? "exit 0"})\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

/** A program runs in seconds; one still running after this is stuck, not slow. */
const RUN_TIMEOUT_MS = 150_000;

export const genAiSpans = (run: PyRun): PySpan[] => run.spans.filter((span) => span.op?.startsWith("gen_ai."));

export function rootOf(run: PyRun): PySpan {
  const roots = run.spans.filter((span) => span.parentSpanId === null);
  if (roots.length !== 1) throw new Error(`expected one root span, found ${roots.length}`);
  return roots[0] as PySpan;
}

export const childrenOf = (run: PyRun, parent: PySpan): PySpan[] =>
  run.spans.filter((span) => span.parentSpanId === parent.spanId);

/** The gen_ai.* attributes of a span. */
export function genAiData(span: PySpan): Record<string, unknown> {
  return Object.fromEntries(Object.entries(span.data).filter(([key]) => key.startsWith("gen_ai.")));
}
