// What every streaming program does with its one streaming call, so the test can check each shape
// the same way: read a whole stream, leave one early, and meet a stream that fails half way.
// Imported by the programs (uninstrumented and instrumented alike); never rewritten by the codemod.

import { getClient } from "@sentry/core";

/** Reads one stream: the text the app saw, and how many chunks. `stopEarly` leaves after the first text. */
export type ReadStream = (
  model: string,
  prompt: string,
  stopEarly: boolean,
) => Promise<{ text: string; chunks: number }>;

export interface ScenarioModels {
  complete: string;
  earlyExit: string;
}

export const PROMPTS = {
  complete: "Tell me about streams",
  earlyExit: "Stop after the first words",
  midstreamError: "Fail half way",
} as const;

/** The mock's model that sends a few events and then drops the connection. */
export const MIDSTREAM_ERROR_MODEL = "error-midstream-model";

/**
 * The order of events, as one counter: when the app last received a chunk of each model's stream, and when each
 * span ended. An order, not clock times: span timestamps come from the SDK's clock, which may be anchored a
 * millisecond off the app's `performance` clock, too coarse for a stream the app leaves after one chunk.
 */
let tick = 0;
const deliveredAt: Record<string, number> = {};
const spanEndedAt: Record<string, number> = {};

/** Programs call this from their read loop, for every chunk the app receives. */
export function chunkDelivered(model: string): void {
  deliveredAt[model] = ++tick;
}

/** Counts span ends when Sentry is set up (instrumented programs); the originals have no client. */
function watchSpanEnds(): void {
  getClient()?.on("spanEnd", (span) => {
    spanEndedAt[span.spanContext().spanId] = ++tick;
  });
}

export interface ScenarioResults {
  /** Deterministic: must be identical with and without instrumentation. */
  output: {
    complete: { text: string; chunks: number };
    earlyExit: { text: string; chunks: number };
    midstreamError: string;
  };
  /** Per model, the tick at which its stream's last chunk reached the app. */
  deliveredAt: Record<string, number>;
  /** Per span id, the tick at which the span ended. */
  spanEndedAt: Record<string, number>;
}

export async function runScenarios(read: ReadStream, models: ScenarioModels): Promise<ScenarioResults> {
  watchSpanEnds();
  const complete = await read(models.complete, PROMPTS.complete, false);
  const earlyExit = await read(models.earlyExit, PROMPTS.earlyExit, true);
  let midstreamError: string;
  try {
    const partial = await read(MIDSTREAM_ERROR_MODEL, PROMPTS.midstreamError, false);
    midstreamError = `no error (${JSON.stringify(partial)})`;
  } catch (error) {
    midstreamError = error instanceof Error ? `${error.name}: ${error.message}` : `non-error ${String(error)}`;
  }
  // Let a helper stream's `end` listeners and the SDK's own bookkeeping run before the report.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    output: { complete, earlyExit, midstreamError },
    deliveredAt: { ...deliveredAt },
    spanEndedAt: { ...spanEndedAt },
  };
}
