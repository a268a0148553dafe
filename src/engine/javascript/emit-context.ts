import type ts from "typescript";
import type { EngineOptions, ProjectInfo } from "../../core/types";
import type { SdkCatalog } from "../../sdks/registry";
import type { CodeStyle } from "./code-style";
import type { NameAllocator } from "./names";

/** What every emitter of a file shares: style, the Sentry namespace, names, and the JSON helper's use. */
export interface EmitContext {
  sourceFile: ts.SourceFile;
  style: CodeStyle;
  sentry: string;
  names: NameAllocator;
  options: EngineOptions;
  project: ProjectInfo;
  /** The SDKs the run knows: what a request's shape may hold beyond one SDK's own data. */
  catalog: SdkCatalog;
  jsonHelper: string;
  usesJsonHelper: boolean;
  /** The streaming runtime helpers the file's spans call (streaming/stream-helpers.ts appends them). */
  streamHelpers: Set<string>;
  /** Set when a content attribute reads the run-time recording decision (content-gate.ts). */
  usesContentGate?: boolean;
  /** Set when a request's input is recorded where the app passes it (record-input.ts). */
  usesRecordInput?: boolean;
}

/** One span attribute: its key and the code that computes its value. */
export interface Attribute {
  key: string;
  code: string;
}

/** Code for one request value, and whether it reads a constant hoisted inside the span callback. */
export interface ValueCode {
  code: string;
  readsHoisted: boolean;
}
