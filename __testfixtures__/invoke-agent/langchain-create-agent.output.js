// LangChain v1 createAgent({ name, model }).invoke({ messages }) and a LangGraph prebuilt agent -> invoke_agent;
// the reply is the last message of the returned state. The second run follows the first: a handoff marker.
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { ChatOpenAI } from "@langchain/openai";
import { createAgent } from "langchain";
import * as Sentry from "@sentry/node";

const supportAgent = createAgent({
  name: "support",
  model: "openai:gpt-4o",
  tools: [],
});

const researcher = createReactAgent({ llm: new ChatOpenAI({ model: "gpt-4o-mini" }), tools: [], name: "researcher" });

export async function answer(question) {
  const state = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "support",
        "gen_ai.request.model": "openai:gpt-4o",
      },
    },
    async (span) => {
      const response = await supportAgent.invoke({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.messages?.at(-1)?.content]) : undefined,
      });
      return response;
    },
  );
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: "handoff from support to researcher",
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
  const research = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent researcher",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "researcher",
      },
    },
    async (span) => {
      const response = await researcher.invoke({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.messages?.at(-1)?.content]) : undefined,
      });
      return response;
    },
  );
  return [state.messages.at(-1)?.content, research.messages.length];
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind) {
  const options = Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput(span, key, value) {
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
