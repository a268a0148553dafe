// @openai/agents: a triage agent that hands off to two specialists. Each agent declared with `handoffs`
// gets an `agent_handoff` listener that records `handoff from <A> to <B>`; the run gets invoke_agent.
import { Agent, handoff, run } from "@openai/agents";
import * as Sentry from "@sentry/node";

const billingAgent = new Agent({
  name: "Billing Agent",
  instructions: "Answer billing questions.",
  handoffDescription: "Questions about invoices and payments",
});

const refundAgent = new Agent({ name: "Refund Agent", instructions: "Process refunds." });

export const triageAgent = Agent.create({
  name: "Triage Agent",
  instructions: "Route the customer to the right specialist.",
  handoffs: [billingAgent, handoff(refundAgent, { toolNameOverride: "transfer_to_refunds" })],
});
triageAgent.on("agent_handoff", (_context, nextAgent) => {
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: `handoff from Triage Agent to ${nextAgent.name}`,
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
});

export async function support(message: string) {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Triage Agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Triage Agent",
      },
    },
    async (span) => {
      const response = await run(triageAgent, sentryRecordInput(span, "gen_ai.request.messages", message));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
        "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
      });
      return response;
    },
  );
  return result.finalOutput;
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {
  try {
    if (sentryRecordsAiContent("inputs")) {
      const recorded =
        typeof value === "string" && key !== "gen_ai.request.messages"
          ? value
          : toSpanJson(typeof value === "string" ? [{ role: "user", content: value }] : value);
      if (recorded !== undefined) span.setAttribute(key, recorded);
    }
  } catch {
    // Recording must not change what the app sends.
  }
  return value;
}
