/** Directive text in a string and a template literal is no directive; a real comment after a string still is. */
export const LOOK_ALIKES = [
  'import OpenAI from "openai";',
  "const client = new OpenAI();",
  'export const help = "see // sentry-ai-codemod-ignore-file";',
  "export const doc = `",
  "// sentry-ai-codemod-disable missing-span",
  "`;",
  'export const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });',
  'export const b = () => client.chat.completions.create({ model: "gpt-4o", messages: [], user: "//" }); // sentry-ai-codemod-ignore-line missing-span',
  "",
].join("\n");
