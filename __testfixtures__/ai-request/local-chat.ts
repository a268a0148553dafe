// A project's own command-style chat client whose names match Bedrock's (used by negative-bedrock-converse-stream-look-alike).
export class ConverseStreamCommand {
  constructor(readonly input: { modelId: string; messages: string[] }) {}
}

export class ChatClient {
  async send(command: ConverseStreamCommand): Promise<{ stream: AsyncIterable<string> }> {
    return {
      stream: (async function* () {
        yield* command.input.messages;
      })(),
    };
  }
}
