import * as fs from "node:fs";
import * as path from "node:path";
import { runCheck } from "../../src/commands/check/run-check";
import { WORKER_THRESHOLD } from "../../src/commands/check/worker-pool";
import { sourceWorkerEntry } from "../commands/check/worker-entry";
import { run, tempProject } from "./helpers";

/**
 * A Python client described under `customSdks` (`"language": "python"`): the built CLI's `check` reports its bare
 * calls, `instrument` wraps them, and check's worker threads get it too (`npm run build` first).
 */
const CONFIG = {
  customSdks: [
    {
      language: "python",
      module: "acme_llm",
      system: "acme",
      client: { export: "AcmeClient" },
      calls: [{ path: "chat.send", model: "model", messages: "history", text: "reply.text" }],
    },
  ],
};

const ASK = `from acme_llm import AcmeClient

acme = AcmeClient()


def ask(question):
    answer = acme.chat.send(model="acme-1", history=[{"role": "user", "content": question}])
    return answer.reply.text
`;

const project = (config: unknown = CONFIG): string =>
  tempProject({ "ask.py": ASK, "sentry-ai-codemod.config.json": JSON.stringify(config) });

describe("a custom Python SDK from the config file", () => {
  it("check reports a bare call of the custom client as a missing span", () => {
    const result = run(["check", "--format", "json"], project());
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: Array<{ ruleId: string; file: string; line: number; message: string }>;
    };
    expect(report.findings.map((finding) => [finding.ruleId, finding.file, finding.line, finding.message])).toEqual([
      [
        "missing-span",
        "ask.py",
        7,
        'LLM call `acme.chat.send` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat acme-1".',
      ],
    ]);
  });

  it("without it, the same call is not an LLM call", () => {
    const result = run(["check"], project({}));
    expect(result.stdout).not.toContain("missing-span");
    expect(result.code).toBe(0);
  });

  it("instrument wraps the call with the config's system and fields; check then passes", () => {
    const directory = project();
    expect(run(["instrument", ".", "--no-prettier"], directory).code).toBe(0);
    const instrumented = fs.readFileSync(path.join(directory, "ask.py"), "utf8");
    expect(instrumented).toContain('with sentry_sdk.start_span(op="gen_ai.chat", name="chat acme-1") as span:');
    expect(instrumented).toContain('span.set_data("gen_ai.system", "acme")');
    expect(instrumented).toContain('_sentry_field(answer, "reply", "text")');
    expect(run(["check"], directory).code).toBe(0);
  });

  it("a bad entry stops check with exit code 2, naming the key", () => {
    const bad = { customSdks: [{ ...CONFIG.customSdks[0], module: "acme-llm" }] };
    const result = run(["check"], project(bad));
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain(
      'customSdks[0].module: expected a Python module path such as acme_llm or acme.llm, or a non-empty list of them, got "acme-llm"',
    );
  });

  it("reaches check's worker threads (the descriptors are plain data)", async () => {
    const directory = project();
    for (let index = 0; index < WORKER_THRESHOLD; index++)
      fs.writeFileSync(path.join(directory, `ask_${index}.py`), ASK);
    const inThread = await runCheck({ cwd: directory, workers: 0 });
    const onWorkers = await runCheck({ cwd: directory, workers: 1, workerEntry: sourceWorkerEntry() });
    expect(onWorkers.workerThreads).toBe(1);
    expect(onWorkers.findings).toHaveLength(WORKER_THRESHOLD + 1);
    expect(onWorkers.findings).toEqual(inThread.findings);
  });
});
