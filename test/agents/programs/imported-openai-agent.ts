// Runtime program (uninstrumented): an @openai/agents agent created in another module (./lib/helper-agent) is run
// here with run(agent, input); one Responses call to the mock.
import { OpenAIProvider, run, setDefaultModelProvider, setTracingDisabled } from "@openai/agents";
import { helperAgent } from "./lib/helper-agent";

export async function main(baseUrl: string) {
  setTracingDisabled(true);
  setDefaultModelProvider(new OpenAIProvider({ apiKey: "sk-mock", baseURL: `${baseUrl}/v1` }));
  const result = await run(helperAgent, "What is the weather in Paris?");
  return { output: result.finalOutput };
}
