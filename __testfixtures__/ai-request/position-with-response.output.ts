// Position: `.withResponse()` chained on the call; result fields are read from `.data`.
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const openai = new OpenAI();

export async function answerWithRequestId(question: string) {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: question }]),
      },
    },
    async (span) => {
      const completion = await openai.chat.completions
        .create({
          model: "gpt-4o-mini",
          messages: [{ role: "user", content: question }],
        })
        .withResponse();
      span.setAttributes({
        "gen_ai.response.model": completion.data?.model,
        "gen_ai.response.id": completion.data?.id,
        "gen_ai.response.text": toSpanJson(completion.data?.choices?.map((choice) => choice?.message?.content)),
        "gen_ai.response.tool_calls": toSpanJson(completion.data?.choices?.[0]?.message?.tool_calls),
        "gen_ai.response.finish_reasons": toSpanJson(completion.data?.choices?.map((choice) => choice?.finish_reason)),
        "gen_ai.usage.input_tokens": completion.data?.usage?.prompt_tokens,
        "gen_ai.usage.output_tokens": completion.data?.usage?.completion_tokens,
        "gen_ai.usage.total_tokens": completion.data?.usage?.total_tokens,
      });
      return completion;
    },
  );
  console.log("openai request id", result.request_id, result.response.status);
  return result.data.choices[0].message.content;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
