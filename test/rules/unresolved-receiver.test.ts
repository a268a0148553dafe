import { unresolvedReceiver } from "../../src/rules/unresolved-receiver";
import { messageOf, site, statusesReportedBy } from "./sites";

describe("unresolved-receiver", () => {
  it("reports unresolved sites only, never as fixable", () => {
    expect(statusesReportedBy(unresolvedReceiver)).toEqual(["unresolved"]);
    expect(unresolvedReceiver.check(site({ status: "unresolved" }), { conventions: "default" })).toMatchObject({
      ruleId: "unresolved-receiver",
      fixable: false,
    });
  });

  it("gives the engine's reason and both ways out: describe the client, or ignore the line", () => {
    expect(
      messageOf(unresolvedReceiver, {
        callee: "client.chat.completions.create",
        status: "unresolved",
        reason: "client is a function parameter",
      }),
    ).toBe(
      "`client.chat.completions.create` looks like an LLM call, but its receiver could not be traced to an SDK client " +
        '(client is a function parameter): describe your client under "customSdks" in sentry-ai-codemod.config.json, or ignore this line if it is not an LLM call.',
    );
    expect(messageOf(unresolvedReceiver, { callee: "llm.create", status: "unresolved" })).toBe(
      "`llm.create` looks like an LLM call, but its receiver could not be traced to an SDK client: " +
        'describe your client under "customSdks" in sentry-ai-codemod.config.json, or ignore this line if it is not an LLM call.',
    );
  });
});
