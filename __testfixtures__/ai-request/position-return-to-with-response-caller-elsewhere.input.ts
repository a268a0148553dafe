// Position: exported functions return the call as is, and another file (local-with-response-caller.ts) reads
// `.withResponse()` / `.asResponse()` on what they return. The span would return a plain Promise without them,
// so those calls are left alone and check reports them. `translate`, whose caller only awaits it, is wrapped.
import OpenAI from "openai";

const openai = new OpenAI();

export function ask(question: string) {
  return openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
}

export const summarize = (text: string) =>
  openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Summarize: ${text}` }] });

export function translate(text: string) {
  return openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
}
