import { openAiCompatibleOperations } from "../openai-compatible";
import type { SdkDescriptor } from "../types/calls";

/** `groq-sdk` is generated from the same Stainless template as `openai`: the same methods and wire format. */
export const groq: SdkDescriptor = {
  id: "groq",
  displayName: "Groq",
  modules: ["groq-sdk"],
  system: "groq",
  providerHints: [{ system: "groq", hosts: [/(^|\.)groq\.com$/] }],
  entries: [
    { export: "default", how: "construct", produces: "groq.client" },
    { export: "Groq", how: "construct", produces: "groq.client" },
  ],
  kinds: [{ id: "groq.client", operations: openAiCompatibleOperations(false) }],
};
