import type { Plan } from "./analyze";
import type { Lines } from "./text";

/** Which of a file's plans are rewritten: one per statement, in source order. */

export function startOf(plan: Plan): number {
  if (plan.type === "statement") return plan.statement.start;
  if (plan.type === "body") return plan.first;
  return plan.element.start;
}

/** Keep one rewrite per statement; a call nested in another rewritten call is reported instead. */
export function acceptPlans(plans: Plan[], lines: Lines): Plan[] {
  const accepted: Plan[] = [];
  const sorted = [...plans].sort((a, b) => startOf(a) - startOf(b));
  for (const plan of sorted) {
    if (plan.type === "statement") {
      const clash = accepted.find(
        (other) =>
          other.type === "statement" &&
          (other.statement.start === plan.statement.start ||
            (other.value.start <= plan.value.start && plan.value.end <= other.value.end) ||
            (plan.value.start <= other.value.start && other.value.end <= plan.value.end) ||
            other.hoists.some((hoist) => hoist.start <= plan.value.start && plan.value.end <= hoist.end)),
      );
      if (clash) {
        plan.site.status = "unsupported";
        plan.site.reason = `another AI call in the same statement (line ${lines.position(startOf(clash)).line}) is rewritten; split the statement`;
        continue;
      }
    }
    accepted.push(plan);
  }
  return accepted;
}
