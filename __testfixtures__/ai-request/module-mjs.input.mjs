// Module style: an .mjs script with top-level await on an Anthropic call.
import Anthropic from "@anthropic-ai/sdk";
import { readFile } from "node:fs/promises";

const anthropic = new Anthropic();
const changelog = await readFile(new URL("../CHANGELOG.md", import.meta.url), "utf8");

const message = await anthropic.messages.create({
  model: "claude-haiku-4-5",
  max_tokens: 512,
  messages: [{ role: "user", content: `Write a tweet announcing this release:\n${changelog}` }],
});

console.log(message.content);
