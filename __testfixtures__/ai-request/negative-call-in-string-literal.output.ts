// Negative: SDK call text inside string and template literals (help text, code samples) is left unchanged.
export const USAGE_HINT = "Call openai.chat.completions.create({ model, messages }) to get a completion.";

export function renderSnippet(model: string): string {
  return `const message = await anthropic.messages.create({
  model: "${model}",
  max_tokens: 1024,
  messages: [{ role: "user", content: "Hello" }],
});`;
}
