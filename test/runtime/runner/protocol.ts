// Contract between run-instrumented.ts (parent, in Jest) and child-entry.ts (child process).

/** Environment variable carrying the JSON-encoded ChildConfig. */
export const CHILD_CONFIG_ENV = "SENTRY_RUNTIME_HARNESS_CONFIG";

/** Environment variable every program reads its mock base URL from (same value `main` receives). */
export const BASE_URL_ENV = "MOCK_LLM_URL";

export type TraceLifecycle = "stream" | "static";

export interface ChildConfig {
  /** Compiled CommonJS program exporting `main(baseUrl)`. */
  programFile: string;
  baseUrl: string;
  /** Where the child writes its ChildReport as JSON. */
  reportFile: string;
  keepAutoAiIntegrations: boolean;
  /** Sentry.init's dataCollection.genAI inputs and outputs, which decide `--record-inputs auto` content at run time. */
  recordAiContent: boolean;
  /** Omitted: the SDK default (11.11.0 defaults to "stream"). */
  traceLifecycle?: TraceLifecycle;
}

export interface ProgramError {
  name: string;
  message: string;
  stack?: string;
}

export interface ChildReport {
  /** `main`'s resolved value, JSON round-tripped. */
  result?: unknown;
  /** Set when loading the program or running `main` threw. */
  error?: ProgramError;
  /** Envelopes exactly as the transport would have sent them (Sentry's newline-delimited wire format). */
  envelopes: string[];
}
