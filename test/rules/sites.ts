import type { Site, SiteStatus } from "../../src/core/types";
import type { SiteRule } from "../../src/rules/types";

export const SITE_RANGE = { start: { line: 4, column: 9 }, end: { line: 7, column: 3 } };

/** Every status, as a record so that a new status fails to compile here until it is listed. */
const STATUSES: Record<SiteStatus, true> = {
  instrumentable: true,
  unsupported: true,
  streaming: true,
  unresolved: true,
  instrumented: true,
  skipped: true,
  ignored: true,
};
export const ALL_STATUSES = Object.keys(STATUSES) as SiteStatus[];

/** An OpenAI chat call the engine found, with the given differences. */
export function site(overrides: Partial<Site> = {}): Site {
  return {
    kind: "ai-request",
    sdk: "openai",
    operation: "chat",
    callee: "openai.chat.completions.create",
    range: SITE_RANGE,
    status: "instrumentable",
    ...overrides,
  };
}

/** The message a site rule gives for a site, under the default conventions unless told otherwise. */
export function messageOf(
  rule: SiteRule,
  overrides: Partial<Site>,
  conventions: "default" | "legacy" = "default",
): string | undefined {
  return rule.check(site(overrides), { conventions })?.message;
}

/** The statuses a site rule reports, out of every status there is. */
export function statusesReportedBy(rule: SiteRule): SiteStatus[] {
  return ALL_STATUSES.filter((status) => rule.check(site({ status }), { conventions: "default" }) !== undefined);
}
