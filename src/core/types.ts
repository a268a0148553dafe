import type { ConventionsName, OperationName, SpanKind } from "./conventions";

export type Language = "javascript" | "python";

/** 1-based line and column, as editors and annotations show them. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/**
 * What the engine decided about one AI touch point.
 * - instrumentable: the tool wraps it (instrument) / it is missing a span (check)
 * - instrumented: it already runs inside a matching gen_ai span
 * - streaming: a stream whose end the tool cannot see; needs manual work
 * - unresolved: looks like an LLM call but the receiver could not be traced to a client
 * - unsupported: found, but in a position the tool does not rewrite (the reason says why)
 * - skipped: left alone on purpose (for example --skip-auto-instrumented)
 */
/** `ignored`: an ignore comment suppresses its `missing-span` finding, so `instrument` leaves it alone too. */
export type SiteStatus =
  "instrumentable" | "instrumented" | "streaming" | "unresolved" | "unsupported" | "skipped" | "ignored";

export interface Site {
  kind: SpanKind;
  /** SDK id from the catalog (`openai`), or the framework for agents and tools. */
  sdk: string;
  operation: OperationName;
  /** What the user wrote, shortened: `openai.chat.completions.create`. */
  callee: string;
  range: SourceRange;
  status: SiteStatus;
  /** Why a site is not instrumentable, in words a user can act on. */
  reason?: string;
  /** Sentry's own integration that already creates this span, when the project's Sentry SDK has it. */
  autoInstrumentedBy?: AutoIntegration;
  /** The span name the tool emits (or would emit). */
  spanName?: string;
}

export interface Diagnostic {
  severity: "error" | "warning";
  message: string;
  range?: SourceRange;
}

/** Facts about the project a file belongs to, read from its nearest package.json. */
export interface ProjectInfo {
  /** Directory of the nearest package.json (or the file's directory). */
  root: string;
  /** The Sentry package the output imports: `@sentry/node`, `@sentry/nextjs`, ... */
  sentryPackage: string;
  /** False when the package.json does not list that package: the user must install it for the added imports. */
  sentryPackageDeclared?: boolean;
  /** Installed or declared version of that package, when known. */
  sentryVersion?: string;
  /** Major versions of SDKs whose field names changed across majors (`ai` -> 4). */
  sdkMajors: Record<string, number>;
  /** Installed (else declared) versions of those SDKs, `x.y.z`, for field changes within a major (0.x). */
  sdkVersions?: Record<string, string>;
  /**
   * Python files: the sentry-sdk major the project uses and the file that says so (an installed dist-info, a
   * lock file, pyproject.toml, requirements*.txt); undefined when none does.
   */
  pythonSentry?: { major: number; from: string };
}

export interface EngineOptions {
  conventions: ConventionsName;
  recordInputs: boolean;
  recordOutputs: boolean;
  /**
   * With recordInputs / recordOutputs on, `--record-inputs auto` (the default): the LLM-call spans record that
   * content only when the app's Sentry client allows it (`dataCollection.genAI`, before SDK 11 `sendDefaultPii`),
   * decided at run time. False or unset: always.
   */
  recordInputsAuto?: boolean;
  recordOutputsAuto?: boolean;
  /** Leave alone the sites Sentry's own integrations already instrument. */
  skipAutoInstrumented: boolean;
  /**
   * An AI SDK `generateText` given tools and a step limit (`stopWhen`, v4 `maxSteps`) runs a tool loop: treat it
   * as an agent run (`gen_ai.invoke_agent`) instead of an LLM call (`gen_ai.chat`).
   */
  aiSdkLoopsAsAgents: boolean;
  /** Overrides the Sentry package found in package.json. */
  sentryPackage?: string;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  conventions: "default",
  recordInputs: true,
  recordOutputs: true,
  recordInputsAuto: true,
  recordOutputsAuto: true,
  skipAutoInstrumented: false,
  aiSdkLoopsAsAgents: false,
};

export interface FileInput {
  /** Path as the user named it (used in messages). */
  path: string;
  text: string;
  project: ProjectInfo;
  /**
   * Whether the user's ignore comments in `text` suppress a missing span at `at` (the site's start): such a site
   * is left alone. `text` is the text being rewritten, which later passes change.
   */
  leftAlone?: (text: string, at: SourcePosition) => boolean;
}

export interface FileResult {
  path: string;
  language: Language;
  sites: Site[];
  /** The rewritten text, or undefined when nothing changed. */
  output?: string;
  /** The Sentry package an added import names when the project's package.json does not list it yet. */
  sentryPackageToInstall?: string;
  /** Things the user should know about the output, shown once each in the summary. */
  notes?: string[];
  /** Parse errors and other problems; an error leaves the file untouched. */
  diagnostics: Diagnostic[];
}

/** A Sentry integration that instruments a library by itself. */
export interface AutoIntegration {
  integration: string;
  /** First @sentry/node version that has it on by default. */
  since: string;
  /** The integration's `name` at run time (what a `defaults.filter(...)` in Sentry.init compares), JS only. */
  runtimeName?: string;
}
