// A synchronous custom agent: the span callback stays synchronous and the result is returned as is.
class EchoAgent {
  run(input: string): string {
    return input.toUpperCase();
  }
}

export function shout(agent: EchoAgent, text: string): string {
  return agent.run(text);
}
