// What the request or agent-run emitter has planned for a streamed call's span, handed to its layouts.
import type ts from "typescript";
import type { FieldPath } from "../../../sdks/types/calls";
import type { NameAllocator } from "../names";
import type { RenderedAttribute } from "../render-span";

/** What emitRequestSpan has planned for the span, handed to the streaming layouts. */
export interface StreamSpanParts {
  sentry: string;
  op: string;
  name: string;
  /** Start attributes, already including `gen_ai.response.streaming`. */
  attributes: RenderedAttribute[];
  spanName: string;
  /** Request values with side effects, evaluated once at the top of the callback (inside a `try`). */
  hoists: Array<{ name: string; node: ts.Expression }>;
  /** The call evaluates app code in its arguments (an input recorded where it is, `buildMessages(topic)`) that may throw. */
  argumentsMayThrow?: boolean;
  /** Attributes and a name template that read those values. */
  lateAttributes: RenderedAttribute[];
  lateName?: string;
  /** The source text of `node` at indentation `indent`, the hoisted values replaced, `splices` (absolute offsets) made on the way. */
  move: (node: ts.Node, indent: string, splices?: Array<{ start: number; end: number; text: string }>) => string;
  /** Response attributes read from `root` with the operation's response paths (quoted keys). */
  readResponse: (root: string) => RenderedAttribute[];
  /**
   * The request does not name the model (an app function makes it): where the finished stream's response does,
   * read for the request model and the span name, as a non-streamed span reads it from its result.
   */
  modelFromResponse?: { path: FieldPath; namePrefix: string };
  /** The name the callback gives the SDK's stream. */
  resultName: string;
  names: NameAllocator;
  /** The helper names the file must now declare (added to). */
  usedHelpers: Set<string>;
  recordOutputs: boolean;
  /** Under `--record-outputs auto`: the run-time decision's code (the file gets its helper when called). */
  outputsGate?: () => string;
  quote: '"' | "'";
}
