// Every streaming call shape the codemod is to instrument: its program, where its instrumented version
// comes from, and what its span must say. The mock's reply rules (test/runtime/README.md) decide the numbers.
import path from "node:path";
import { MOCK_USAGE, mockReplyText, mockResponseModel } from "../mock-llm-server";
import { PROMPTS } from "./scenarios";

export const STREAMING_DIR = __dirname;

export interface TokenCounts {
  input: number;
  output: number;
  total: number;
}

export interface StreamingShape {
  /** Base name of programs/<name>.ts and expected/<name>.ts. */
  name: string;
  system: string;
  /** Models the program passes to runScenarios. */
  models: { complete: string; earlyExit: string };
  /** The text the program assembles from the whole stream; default: the mock's reply text. */
  appText?: (prompt: string) => string;
  /** `gen_ai.response.text` of the whole stream, as the span records it (a JSON array). */
  responseText: (prompt: string) => string;
  /** Final token counts of the whole stream; undefined when the provider sends none for this request. */
  tokens?: TokenCounts;
  /** Whether the span can know the response model and id (the AI SDK's object stream does not report them). */
  responseIdentity?: boolean;
}

const text = (prompt: string): string => JSON.stringify([mockReplyText(prompt)]);
const openAiChatTokens = {
  input: MOCK_USAGE.openaiChat.prompt_tokens,
  output: MOCK_USAGE.openaiChat.completion_tokens,
  total: MOCK_USAGE.openaiChat.total_tokens,
};
const anthropicInput =
  MOCK_USAGE.anthropic.input_tokens +
  MOCK_USAGE.anthropic.cache_read_input_tokens +
  MOCK_USAGE.anthropic.cache_creation_input_tokens;

export const STREAMING_SHAPES: StreamingShape[] = [
  {
    name: "openai-chat-stream-usage",
    system: "openai",
    models: { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
  },
];

/** The instrumented program for a shape. Today: the hand-written target; later: the CLI's output for the program. */
export type InstrumentedSource = (shape: StreamingShape) => string;

export const handWrittenTarget: InstrumentedSource = (shape) => path.join(STREAMING_DIR, "expected", `${shape.name}.ts`);

export function programFile(shape: StreamingShape): string {
  return path.join(STREAMING_DIR, "programs", `${shape.name}.ts`);
}

export function expectedResponseModel(model: string): string {
  return mockResponseModel(model);
}

export { PROMPTS };
