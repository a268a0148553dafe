// Module style: CommonJS (.cjs with require/module.exports); the added Sentry import must be a require.
"use strict";

const OpenAI = require("openai");

const openai = new OpenAI();

async function generateSlug(title) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Make a URL slug for: ${title}` }],
  });
  return completion.choices[0].message.content.trim();
}

module.exports = { generateSlug };
