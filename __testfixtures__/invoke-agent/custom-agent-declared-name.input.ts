// Project agent classes that name themselves: a `name` field, or a constructor default. The run is named by
// that value when the construction leaves it to the class, and by the class name when nothing names it.
class RouterAgent {
  readonly name = "Router Agent";

  async run(task: string): Promise<string> {
    return `${this.name}: ${task}`;
  }
}

class SupportAgent {
  constructor(readonly llm: (input: string) => string, readonly name = "Support Desk") {}

  async run(question: string): Promise<string> {
    return this.llm(question);
  }
}

class BillingAgent {
  readonly name: string;
  constructor({ name = "Billing Desk" }: { name?: string } = {}) {
    this.name = name;
  }

  async run(question: string): Promise<string> {
    return `${this.name}: ${question}`;
  }
}

// Look-alikes: a field that is not the name, and a router whose options name it at run time: class names.
class LabelledAgent {
  readonly label = "Not the name";

  async run(task: string): Promise<string> {
    return `${this.label}: ${task}`;
  }
}

class NamedRouterAgent {
  name = "Default Router";
  constructor(options: { name?: string } = {}) {
    if (options.name) this.name = options.name;
  }

  async run(task: string): Promise<string> {
    return `${this.name}: ${task}`;
  }
}

const router = new RouterAgent();
const support = new SupportAgent((input) => input.toUpperCase());
const renamedSupport = new SupportAgent((input) => input, "Escalations");
const billing = new BillingAgent();
const labelled = new LabelledAgent();
const namedRouter = new NamedRouterAgent({ name: process.env.ROUTER_NAME });

export async function lookAlikes(task: string) {
  const first = await labelled.run(task);
  return namedRouter.run(first);
}

export async function route(task: string) {
  const routed = await router.run(task);
  const answered = await support.run(routed);
  const escalated = await renamedSupport.run(answered);
  return billing.run(escalated);
}
