// Negative: the module's `openai` client is shadowed by a local variable of another type; that create() is not the SDK's.
import OpenAI from "openai";

const openai = new OpenAI();

interface ReplayedCompletion {
  content: string;
}

function createReplayClient(fixtures: Record<string, string>) {
  return {
    chat: {
      completions: {
        create: async (params: { model: string; prompt: string }): Promise<ReplayedCompletion> => ({
          content: fixtures[params.prompt] ?? "",
        }),
      },
    },
  };
}

export async function listModelIds() {
  const page = await openai.models.list();
  return page.data.map((model) => model.id);
}

export async function replayAnswer(fixtures: Record<string, string>, prompt: string) {
  const openai = createReplayClient(fixtures);
  const reply = await openai.chat.completions.create({ model: "gpt-4o-mini", prompt });
  return reply.content;
}
