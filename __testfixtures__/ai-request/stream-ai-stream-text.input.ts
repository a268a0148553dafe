// Streaming: Vercel AI SDK streamText (no await, streamed to the HTTP response): the span ends in onFinish, onError or onAbort.
import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";

export async function POST(request: Request): Promise<Response> {
  const { prompt } = (await request.json()) as { prompt: string };
  const result = streamText({
    model: openai("gpt-4o"),
    system: "You are a helpful assistant.",
    prompt,
  });
  return result.toTextStreamResponse();
}
