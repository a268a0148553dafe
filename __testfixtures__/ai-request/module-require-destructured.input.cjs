// Module style: CommonJS with a destructured require ({ Anthropic }) and an `exports.name =` export.
const { Anthropic } = require("@anthropic-ai/sdk");

const anthropic = new Anthropic();

async function suggestSubjectLine(emailBody) {
  const message = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 60,
    messages: [{ role: "user", content: `Suggest a subject line for this email:\n${emailBody}` }],
  });
  const block = message.content[0];
  return block && block.type === "text" ? block.text : "";
}

exports.suggestSubjectLine = suggestSubjectLine;
