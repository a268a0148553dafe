// Already instrumented: the execute body already runs in a gen_ai.execute_tool span; left unchanged.
import { tool } from "@openai/agents";
import * as Sentry from "@sentry/node";
import { z } from "zod";

export const lookup = tool({
  name: "lookup",
  description: "Look a word up",
  parameters: z.object({ word: z.string() }),
  execute: async ({ word }) =>
    Sentry.startSpan({ op: "gen_ai.execute_tool", name: "execute_tool lookup" }, async () => `definition of ${word}`),
});
