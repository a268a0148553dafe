// Look-alikes: a project class called RealtimeAgent, and a `tool` helper of the project. Nothing changes.
class RealtimeAgent {
  constructor(readonly options: { name: string; handoffs: RealtimeAgent[] }) {}
}

function tool(definition: { name: string; execute: () => Promise<string> }) {
  return definition;
}

const billing = new RealtimeAgent({ name: "Billing", handoffs: [] });
export const desk = new RealtimeAgent({ name: "Desk", handoffs: [billing] });
export const lookup = tool({ name: "lookup", execute: async () => "x" });
