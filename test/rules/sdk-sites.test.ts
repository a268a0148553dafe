import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { RULES } from "../../src/rules";
import { FileChecker } from "../../src/rules/check-file";
import type { RuleId, RuleLevel } from "../../src/rules/findings";
import { FIXTURE_ROOT } from "../fixture-cases";

/**
 * What `check` says about the sites real apps use that it once passed over in silence: LlamaIndex TS calls, runs
 * and tools, LangChain text-completion LLMs, @google/genai interactions and Python openai raw responses.
 */
const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])) as Record<RuleId, RuleLevel>;

async function findingsOf(fixture: string): Promise<string[]> {
  const file = path.join(FIXTURE_ROOT, fixture);
  const text = fs.readFileSync(file, "utf8");
  const checker = new FileChecker({ engineOptions: DEFAULT_ENGINE_OPTIONS, customSdks: [], rules });
  const { findings, errors } = await checker.check({ absolutePath: file, file: fixture, text });
  expect(errors).toEqual([]);
  return findings.map((finding) => `${finding.line} ${finding.ruleId}: ${finding.message}`);
}

/** @llamaindex/openai calls the model through the `openai` client, which Sentry's OpenAI integration records. */
const ALSO_AUTO =
  " (Sentry's openAIIntegration also records it when enabled; --skip-auto-instrumented leaves such calls to it.)";

describe("check on LlamaIndex TS", () => {
  it("reports chat, complete and embeddings calls without a span, and the streamed chat as manual work", async () => {
    expect(await findingsOf("ai-request/llamaindex-chat-complete.input.ts")).toEqual([
      '10 missing-span: LLM call `llm.chat` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4o-mini".' +
        ALSO_AUTO,
      '20 missing-span: LLM call `(…).complete` is not inside a gen_ai.text_completion span: run with --fix to wrap it in span "text_completion gpt-4o".' +
        ALSO_AUTO,
      '25 missing-span: LLM call `configured.complete` is not inside a gen_ai.text_completion span: run with --fix to wrap it in span "text_completion".' +
        ALSO_AUTO,
      '30 missing-span: LLM call `model.chat` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat".' +
        ALSO_AUTO,
      expect.stringMatching(
        /^35 streaming-manual: Streaming LLM call `llm\.chat` needs a gen_ai\.chat span .*each chunk's `delta`/,
      ),
    ]);
    expect(await findingsOf("ai-request/llamaindex-responses-embeddings.input.ts")).toEqual([
      '8 missing-span: LLM call `llm.chat` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4.1-mini".' +
        ALSO_AUTO,
      '13 missing-span: LLM call `embedModel.getTextEmbedding` is not inside a gen_ai.embeddings span: run with --fix to wrap it in span "embeddings text-embedding-3-small".' +
        ALSO_AUTO,
      '14 missing-span: LLM call `embedModel.getTextEmbeddings` is not inside a gen_ai.embeddings span: run with --fix to wrap it in span "embeddings text-embedding-3-small".' +
        ALSO_AUTO,
    ]);
  });

  it("reports chat, complete and embeddings on the Anthropic, Google, Ollama and Mistral providers, each with its own integration", async () => {
    const alsoBy = (integration: string) =>
      ` (Sentry's ${integration} also records it when enabled; --skip-auto-instrumented leaves such calls to it.)`;
    const missing = (line: number, call: string, op: string, span: string) =>
      `${line} missing-span: LLM call \`${call}\` is not inside a gen_ai.${op} span: run with --fix to wrap it in span "${span}".`;
    expect(await findingsOf("ai-request/llamaindex-anthropic.input.ts")).toEqual([
      missing(8, "llm.chat", "chat", "chat claude-sonnet-4-5") + alsoBy("anthropicAIIntegration"),
      missing(18, "(…).complete", "text_completion", "text_completion claude-3-5-haiku-latest") +
        alsoBy("anthropicAIIntegration"),
    ]);
    // A model named by an enum member is read from the LLM's `model` field at run time: no model in the name here.
    expect(await findingsOf("ai-request/llamaindex-gemini.input.ts")).toEqual([
      missing(9, "llm.chat", "chat", "chat") + alsoBy("googleGenAIIntegration"),
      missing(14, "(…).complete", "text_completion", "text_completion gemini-2.5-flash") +
        alsoBy("googleGenAIIntegration"),
      missing(19, "studio.chat", "chat", "chat") + alsoBy("googleGenAIIntegration"),
      missing(24, "embedModel.getTextEmbedding", "embeddings", "embeddings text-embedding-004") +
        alsoBy("googleGenAIIntegration"),
    ]);
    // Sentry has no Ollama or Mistral integration that sees these calls: the codemod's span is the only one.
    expect(await findingsOf("ai-request/llamaindex-ollama-mistral.input.ts")).toEqual([
      missing(10, "local.chat", "chat", "chat llama3.2"),
      missing(15, "(…).complete", "text_completion", "text_completion qwen3"),
      missing(20, "embedModel.getTextEmbedding", "embeddings", "embeddings nomic-embed-text"),
      missing(24, "mistralLlm.chat", "chat", "chat mistral-small-latest"),
      missing(29, "mistralLlm.complete", "text_completion", "text_completion mistral-small-latest"),
    ]);
  });

  it("reports calls through Settings.llm / Settings.embedModel with the provider and model assigned there, and agents that run on it", async () => {
    expect(await findingsOf("ai-request/llamaindex-settings-llm.input.ts")).toEqual([
      expect.stringMatching(
        /^11 missing-span: LLM call `Settings.llm.chat` .*span "chat claude-sonnet-4-5"\..*anthropicAIIntegration/,
      ),
      expect.stringMatching(
        /^16 missing-span: LLM call `Settings.llm.complete` .*span "text_completion claude-sonnet-4-5"\./,
      ),
      expect.stringMatching(
        /^21 missing-span: LLM call `Settings.embedModel.getTextEmbedding` .*span "embeddings text-embedding-3-small"\..*openAIIntegration/,
      ),
    ]);
    expect(await findingsOf("ai-request/llamaindex-settings-variable-model.input.ts")).toEqual([
      expect.stringMatching(/^9 missing-span: LLM call `Settings.llm.chat` .*span "chat"\./),
    ]);
    const agent = await findingsOf("invoke-agent/llamaindex-agent-settings.input.ts");
    expect(agent).toEqual([
      expect.stringMatching(/^9 missing-span: .*"execute_tool get_weather"/),
      expect.stringMatching(/^19 missing-span: .*"invoke_agent weather"/),
    ]);
    expect(await findingsOf("ai-request/negative-llamaindex-settings-look-alike.input.ts")).toEqual([
      expect.stringMatching(
        /^15 unresolved-receiver: `LlamaSettings.llm.chat` .*cannot trace `LlamaSettings.llm` to an LLM client: it is set outside this file; set it here/,
      ),
    ]);
  });

  it("reports the agent run, its streamed run and the tools", async () => {
    const agent = await findingsOf("invoke-agent/llamaindex-agent.input.ts");
    expect(agent).toHaveLength(3);
    expect(agent[0]).toMatch(/^7 missing-span: .*execute_tool get_weather/);
    expect(agent[1]).toMatch(/^17 missing-span: .*invoke_agent weather/);
    expect(agent[2]).toMatch(/^22 streaming-manual: /);
    const tools = await findingsOf("execute-tool/llamaindex-tool.input.ts");
    expect(tools).toEqual([
      expect.stringMatching(/^5 missing-span: .*execute_tool get_weather/),
      expect.stringMatching(/^12 missing-span: .*execute_tool add/),
    ]);
    expect(await findingsOf("execute-tool/llamaindex-function-tool.input.ts")).toEqual([
      expect.stringMatching(/^5 missing-span: Tool function `FunctionTool.from` .*"execute_tool look_up_order"/),
      expect.stringMatching(/^14 missing-span: Tool function `FunctionTool.from` .*"execute_tool cancel_order"/),
      expect.stringMatching(/^21 missing-span: Tool function `FunctionTool.from` .*"execute_tool sum"/),
    ]);
  });

  it("says nothing about look-alikes, nor about the codemod's own output", async () => {
    expect(await findingsOf("ai-request/negative-llamaindex-look-alikes.input.ts")).toEqual([]);
    expect(await findingsOf("ai-request/negative-llamaindex-provider-look-alikes.input.ts")).toEqual([]);
    expect(await findingsOf("execute-tool/negative-llamaindex-tool-look-alike.input.ts")).toEqual([]);
    expect(await findingsOf("execute-tool/negative-llamaindex-function-tool-look-alike.input.ts")).toEqual([]);
    for (const output of [
      "ai-request/llamaindex-responses-embeddings.output.ts",
      "ai-request/llamaindex-anthropic.output.ts",
      "ai-request/llamaindex-gemini.output.ts",
      "ai-request/llamaindex-ollama-mistral.output.ts",
      "execute-tool/llamaindex-function-tool.output.ts",
      "ai-request/llamaindex-settings-llm.output.ts",
      "invoke-agent/llamaindex-agent-settings.output.ts",
      "invoke-agent/llamaindex-agent.output.ts",
      "execute-tool/llamaindex-tool.output.ts",
    ]) {
      expect((await findingsOf(output)).filter((finding) => !finding.includes("streaming-manual"))).toEqual([]);
    }
  });
});

describe("check on other SDK sites", () => {
  it("reports LangChain text-completion LLM calls as text_completion sites", async () => {
    expect(await findingsOf("ai-request/langchain-openai-llm-invoke.input.ts")).toEqual([
      expect.stringMatching(
        /^8 missing-span: LLM call `llm\.invoke` is not inside a gen_ai\.text_completion span: .*"text_completion gpt-3\.5-turbo-instruct"/,
      ),
      expect.stringMatching(/^13 missing-span: LLM call `llm\.batch` is not inside a gen_ai\.text_completion span/),
    ]);
  });

  it("reports @google/genai interactions.create, and a streamed interaction as manual work", async () => {
    expect(await findingsOf("ai-request/genai-interactions-create.input.ts")).toEqual([
      '8 missing-span: LLM call `ai.interactions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gemini-2.5-flash".',
      expect.stringMatching(/^17 streaming-manual: .*`interaction\.completed` event/),
    ]);
  });

  it("reports Python openai with_raw_response calls, and a streamed one as manual work", async () => {
    expect(await findingsOf("ai-request/openai-with-raw-response.input.py")).toEqual([
      expect.stringMatching(
        /^10 missing-span: LLM call `client\.chat\.completions\.with_raw_response\.create` is not inside a gen_ai\.chat span/,
      ),
      expect.stringMatching(
        /^19 missing-span: LLM call `async_client\.embeddings\.with_raw_response\.create` is not inside a gen_ai\.embeddings span/,
      ),
      expect.stringMatching(
        /^24 streaming-manual: Streaming LLM call `client\.chat\.completions\.with_raw_response\.create`/,
      ),
    ]);
    expect(await findingsOf("ai-request/openai-with-raw-response.output.py")).toEqual([
      expect.stringMatching(/^\d+ streaming-manual: /),
    ]);
  });
});
