// Negative: a `StateGraph` that is not LangGraph's (a workflow package of the app's own): its compiled graph's
// .invoke() is not an agent run.
import { StateGraph } from "@acme/workflows";

const approvals = new StateGraph("approvals").addNode("review").compile({ name: "approvals" });

export async function approve(id: string) {
  return approvals.invoke({ id });
}
