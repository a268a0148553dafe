// A synchronous custom agent: the span callback stays synchronous and the result is returned as is.
import * as Sentry from "@sentry/node";

class EchoAgent {
  run(input: string): string {
    return input.toUpperCase();
  }
}

export function shout(agent: EchoAgent, text: string): string {
  return Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent EchoAgent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "EchoAgent",
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: text }]),
      },
    },
    (span) => {
      const response = agent.run(text);
      span.setAttributes({
        "gen_ai.response.text": toSpanJson([response]),
      });
      return response;
    },
  );
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
