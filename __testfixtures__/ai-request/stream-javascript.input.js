// Streaming in JavaScript: the appended helpers carry no type annotations.
const OpenAI = require("openai");

const openai = new OpenAI();

async function streamAnswer(question) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    stream: true,
  });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
  return text;
}

module.exports = { streamAnswer };
