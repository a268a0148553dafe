import type { ClientKind, SdkDescriptor } from "../../sdks/types/calls";
import type { ModelSource } from "./client-options";

/** A client of an SDK the catalog knows, as far as its creation tells. */
export interface ClientValue {
  sdk: SdkDescriptor;
  kind: ClientKind;
  system: string;
  model?: ModelSource;
}

/** What the tool knows about an expression's value. `other` is known not to be a client. */
export type Evaluation =
  | { type: "client"; client: ClientValue }
  /** A client Sentry's own helper already instruments (`Sentry.instrumentOpenAiClient(client)`): nothing to wrap. */
  | { type: "instrumented"; client: ClientValue; by: string }
  | { type: "other" }
  | { type: "unknown" };

export const OTHER: Evaluation = { type: "other" };
export const UNKNOWN: Evaluation = { type: "unknown" };

/** Loads and resolves other files of the project (relative imports). Shared across a run. */
export interface ModuleLoader {
  /** The value exported as `exportName` by the module `specifier` imported from `fromFile`. */
  resolveExport(fromFile: string, specifier: string, exportName: string, depth: number): Evaluation;
}

/** A value known to be an SDK client, whether or not Sentry's own helper already instruments it. */
export function isClientValue(evaluation: Evaluation): evaluation is Extract<Evaluation, { client: ClientValue }> {
  return evaluation.type === "client" || evaluation.type === "instrumented";
}
