import { type Plan, planRange } from "./plans";
import type { SourceLayout } from "./source-layout";

/** The statements and bodies that move into a `with`: the wraps that indent everything generated inside them. */

/** One wrap: the plan that moves in, what it covers, and the indentation unit it adds. */
export interface Region {
  plan: Plan;
  /** Offsets of what the wrap covers, and its lines. */
  start: number;
  end: number;
  first: number;
  last: number;
  unit: string;
}

export class WrapRegions {
  private readonly regions: Region[] = [];

  constructor(plans: Plan[], layout: SourceLayout) {
    const { lines } = layout;
    for (const plan of plans) {
      const wraps =
        (plan.type === "statement" && plan.mode === "wrap" && !plan.stream && !plan.runStream) || plan.type === "body";
      if (!wraps) continue;
      const [start, end] = planRange(plan);
      this.regions.push({
        plan,
        start,
        end,
        first: lines.lineOf(start),
        last: lines.lineOf(end),
        unit: layout.unitFor(lines.indentAt(start)),
      });
    }
  }

  /** The wrap of a plan that moves into a `with` (a wrapped statement, a body). */
  of(plan: Plan): Region {
    return this.regions.find((candidate) => candidate.plan === plan)!;
  }

  /** The wraps around a plan (a tool body around a wrapped call statement; never the plan's own). */
  enclosing(plan: Plan): Region[] {
    const [start, end] = planRange(plan);
    return this.regions.filter((region) => {
      if (region.plan === plan || region.start > start || end > region.end) return false;
      if (region.start < start || end < region.end) return true;
      return region.plan.type === "body" && plan.type !== "body";
    });
  }

  /** The wraps around a line that no plan owns (a `return` in a tool body). */
  around(lineNo: number): Region[] {
    return this.regions.filter((region) => region.first <= lineNo && lineNo <= region.last);
  }
}

/** The indentation a list of wraps adds. */
export const units = (list: Region[]) => list.map((region) => region.unit).join("");
