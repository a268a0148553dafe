import OpenAI from "openai";

// Shared OpenAI client. The SDK reads OPENAI_API_KEY from the environment.
export const openai = new OpenAI({
  maxRetries: 3,
  timeout: 30_000,
});
