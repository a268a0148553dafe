// Explicit transfers between custom agents: the triage agent runs, then control passes to a specialist
// (`handoff from triage to billing` just before the specialist's invoke_agent span); and an agent class that
// runs another agent from its own run method hands off to it.
class SpecialistAgent {
  constructor(readonly options: { name: string }) {}

  async run(question: string): Promise<string> {
    return `${this.options.name} answers ${question}`;
  }
}

class EscalationAgent {
  private readonly manager = new SpecialistAgent({ name: "manager" });

  async run(question: string): Promise<string> {
    const answer = await this.manager.run(question);
    return `escalated: ${answer}`;
  }
}

const triage = new SpecialistAgent({ name: "triage" });
const billing = new SpecialistAgent({ name: "billing" });

export async function support(question: string) {
  const route = await triage.run(question);
  if (route.includes("invoice")) {
    const answer = await billing.run(question);
    return answer;
  }
  return new EscalationAgent().run(question);
}
