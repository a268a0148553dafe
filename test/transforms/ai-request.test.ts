import * as fs from "node:fs";
import * as path from "node:path";
import { applyTransform } from "jscodeshift/src/testUtils";
import * as aiRequest from "../../transforms/ai-request";
import { FIXTURE_ROOT } from "../fixture-cases";

const fixture = (name: string): string => path.join(FIXTURE_ROOT, "ai-request", name);

describe("transforms/ai-request through jscodeshift's own test utilities", () => {
  it("produces the fixture's output", () => {
    const inputPath = fixture("openai-chat-completions-create.input.ts");
    const output = applyTransform(
      aiRequest,
      {},
      { path: inputPath, source: fs.readFileSync(inputPath, "utf8") },
      { parser: "tsx" },
    );
    expect(output).toBe(fs.readFileSync(fixture("openai-chat-completions-create.output.ts"), "utf8").trim());
  });

  it("reads jscodeshift's string options", () => {
    const inputPath = fixture("openai-chat-completions-create.input.ts");
    const output = applyTransform(
      aiRequest,
      { conventions: "legacy", recordInputs: "false" },
      { path: inputPath, source: fs.readFileSync(inputPath, "utf8") },
      { parser: "tsx" },
    ) as string;
    expect(output).toContain('op: "gen_ai.request"');
    expect(output).toContain('name: "request gpt-4o-mini"');
    expect(output).not.toContain("gen_ai.request.messages");
  });

  it("leaves a file with no AI calls unchanged", () => {
    const inputPath = fixture("negative-non-ai-create.input.ts");
    const source = fs.readFileSync(inputPath, "utf8");
    expect(applyTransform(aiRequest, {}, { path: inputPath, source }, { parser: "tsx" })).toBe("");
  });

  it("throws with file:line:col for a file that does not parse", () => {
    expect(() => aiRequest.default({ path: "/tmp/broken.ts", source: "const x = ;\n" }, {}, {})).toThrow(
      /\/tmp\/broken\.ts:1:11: Expression expected/,
    );
  });

  it("honours the ignore comments of a .tsx file, and not directive text in its JSX", () => {
    const source = [
      'import OpenAI from "openai";',
      "const client = new OpenAI();",
      "export const Help = () => (",
      "  <p>",
      "    // sentry-ai-codemod-disable",
      "  </p>",
      ");",
      'export const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });',
      'export const b = () => client.chat.completions.create({ model: "gpt-4o", messages: [] }); /* sentry-ai-codemod-ignore-line */',
      "",
    ].join("\n");
    const output = aiRequest.default({ path: path.join(FIXTURE_ROOT, "ai-request", "help.tsx"), source }, {}, {});
    expect(output?.match(/startSpan\(/g)).toHaveLength(1);
    expect(output).toContain(source.split("\n")[8]);
  });
});
