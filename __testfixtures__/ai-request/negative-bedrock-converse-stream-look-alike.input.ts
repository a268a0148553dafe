// Not Bedrock: a `ConverseStreamCommand` from another package, sent by a client of that package, stays untouched.
import { ChatClient, ConverseStreamCommand } from "./local-chat";

const client = new ChatClient();

export async function localStream(question: string) {
  const response = await client.send(new ConverseStreamCommand({ modelId: "local", messages: [question] }));
  for await (const event of response.stream) console.log(event);
}
