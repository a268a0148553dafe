// LangChain v1 createAgent(...).streamEvents(...) is a streamed run: reported, its span must end with the stream.
// A Deep Agents agent (createDeepAgent) runs like a LangChain agent: .invoke() -> invoke_agent; an agent configured
// with .withConfig() keeps its name.
import { createDeepAgent } from "deepagents";
import { createAgent } from "langchain";
import * as Sentry from "@sentry/node";

const supportAgent = createAgent({ name: "support", model: "openai:gpt-4o", tools: [] });

const researcher = createDeepAgent({ name: "researcher", model: "openai:gpt-4o-mini", tools: [] });

export async function* answer(question: string) {
  const events = supportAgent.streamEvents({ messages: [{ role: "user", content: question }] }, { version: "v2" });
  for await (const event of events) yield event.event;
}

export async function research(question: string) {
  const state = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent researcher",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "researcher",
        "gen_ai.request.model": "openai:gpt-4o-mini",
        "gen_ai.request.messages": sentryRecordsAiContent("inputs") ? toSpanJson([{ role: "user", content: question }]) : undefined,
      },
    },
    async (span) => {
      const response = await researcher.invoke({ messages: [{ role: "user", content: question }] });
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.messages?.at(-1)?.content]) : undefined,
      });
      return response;
    },
  );
  return state.messages.at(-1)?.content;
}

export async function review(question: string) {
  const state = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "support",
        "gen_ai.request.model": "openai:gpt-4o",
        "gen_ai.request.messages": sentryRecordsAiContent("inputs") ? toSpanJson([{ role: "user", content: question }]) : undefined,
      },
    },
    async (span) => {
      const response = await supportAgent.withConfig({ recursionLimit: 5 }).invoke({ messages: [{ role: "user", content: question }] });
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.messages?.at(-1)?.content]) : undefined,
      });
      return response;
    },
  );
  return state.messages.length;
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
