// A streamed call whose request has a value with side effects (`messages: buildMessages(...)`): the CLI
// evaluates it once at the top of the span's callback, records it, and, when it throws before the stream
// exists, still ends the span (errored) and hands the app the same error.
import fs from "node:fs";
import path from "node:path";
import { ensureCliBuilt, makeWorkspace, runCli } from "../codemod-cli";
import { MockServer, startMockLlmServer } from "../mock-llm-server";
import { runInstrumented } from "../run-instrumented";
import { findSpans } from "../spans";

const PROGRAM = `import OpenAI from "openai";

const openai = new OpenAI({ apiKey: "sk-mock", baseURL: \`\${process.env.MOCK_LLM_URL}/v1\`, maxRetries: 0 });

function buildMessages(question: string, fail: boolean): OpenAI.Chat.ChatCompletionMessageParam[] {
  if (fail) throw new Error("no history for this user");
  return [{ role: "user", content: question }];
}

async function ask(model: string, fail: boolean) {
  const stream = await openai.chat.completions.create({ model, messages: buildMessages("Hello there", fail), stream: true });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
  return text;
}

export async function main(_baseUrl: string) {
  const answer = await ask("gpt-4o-mini", false);
  let failure = "no error";
  try {
    await ask("gpt-4o", true);
  } catch (error) {
    failure = String(error);
  }
  return { answer, failure };
}
`;

let server: MockServer;
let workspace: string;

beforeAll(async () => {
  server = await startMockLlmServer();
  ensureCliBuilt();
  workspace = makeWorkspace();
  fs.writeFileSync(
    path.join(workspace, "package.json"),
    JSON.stringify({ name: "hoisted", private: true, dependencies: { "@sentry/node": "^11.11.0" } }),
  );
  fs.writeFileSync(path.join(workspace, "program.ts"), PROGRAM);
});

afterAll(async () => {
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

test("the value is recorded, and a throw before the stream exists ends the span with an error", async () => {
  const result = await runCli(["instrument", workspace, "--force", "--json"]);
  expect(result.code).toBe(0);
  const file = path.join(workspace, "program.ts");
  expect(fs.readFileSync(file, "utf8")).toContain("} catch (error) {");
  const run = await runInstrumented(file, { baseUrl: server.url });
  expect(run.error).toBeUndefined();
  expect(run.result).toEqual({ answer: expect.any(String), failure: "Error: no history for this user" });
  const [whole] = findSpans(run.spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini" });
  expect(whole.status).toBe("ok");
  expect(whole.attributes["gen_ai.request.messages"]).toBe(JSON.stringify([{ role: "user", content: "Hello there" }]));
  // Only an ended span reaches Sentry: this one was ended by the catch.
  const failed = findSpans(run.spans, { op: "gen_ai.chat", name: "chat gpt-4o" });
  expect(failed.map((span) => span.status)).toEqual(["error"]);
}, 120_000);
