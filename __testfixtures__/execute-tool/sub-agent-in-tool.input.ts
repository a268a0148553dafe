// A tool whose body runs another agent: the tool body gets execute_tool and the inner run gets invoke_agent
// (written in a second pass over the first pass's output), so at run time the sub-agent is the tool's child.
import { Agent, run, tool } from "@openai/agents";
import { z } from "zod";

const translator = new Agent({ name: "Translator", instructions: "Translate to French." });

export const translate = tool({
  name: "translate",
  description: "Translate a text to French",
  parameters: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const result = await run(translator, text);
    return result.finalOutput ?? "";
  },
});

export const writer = new Agent({ name: "Writer", instructions: "Write, then translate.", tools: [translate] });
