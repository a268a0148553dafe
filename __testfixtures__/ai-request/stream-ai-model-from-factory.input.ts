// Streaming: AI SDK streamText and streamObject whose model comes from an app function (ai-chatbot's
// getArtifactModel()): the request does not name the model, so the finished stream's response does, for the
// request model and the span name, as generateText's span reads it from its result.
import { openai } from "@ai-sdk/openai";
import { streamObject, streamText } from "ai";
import { z } from "zod";

function artifactModel() {
  return process.env.SMALL ? openai("gpt-4o-mini") : openai("gpt-4o");
}

export function draft(title: string) {
  return streamText({
    model: artifactModel(),
    prompt: title,
  });
}

export function outline(title: string) {
  const { partialObjectStream } = streamObject({
    model: artifactModel(),
    prompt: title,
    schema: z.object({ sections: z.array(z.string()) }),
  });
  return partialObjectStream;
}

// A named model stays as it is: no rename from the response.
export function named(title: string) {
  return streamText({ model: openai("gpt-4o"), prompt: title });
}
