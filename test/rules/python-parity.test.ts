import { runCheck } from "../../src/commands/check/run-check";
import { EXIT_CLEAN, EXIT_FINDINGS } from "../../src/commands/exit-codes";
import { TempProject } from "../commands/check/project-fixture";

/** Every rule, the ignore comments and --staged behave for .py files as they do for .ts files. */

const CHAT = [
  "from openai import OpenAI",
  "",
  "client = OpenAI()",
  "",
  "",
  "def answer(question, live):",
  '    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])',
  "    # A stream flag only known at run time: a streamed or a plain response, so --fix leaves it to a person.",
  '    stream = client.chat.completions.create(model="gpt-4o", messages=[], stream=live)',
  "    return reply, stream",
  "",
].join("\n");

/** The file mentions the SDK (as files with a client usually do), so the text prefilter lets it through. */
const UNRESOLVED = [
  "import openai",
  "",
  "",
  "def answer(llm, question):",
  '    return llm.chat.completions.create(model="gpt-4o", messages=[])',
  "",
].join("\n");

function brief(
  findings: Array<{ ruleId: string; file: string; line: number; column: number; severity: string; fixable: boolean }>,
): string[] {
  return findings.map(
    (finding) =>
      `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column} ${finding.severity}${finding.fixable ? " fixable" : ""}`,
  );
}

describe("check on Python files: rule parity with JS/TS", () => {
  let project: TempProject;
  const check = (options: { staged?: boolean; paths?: string[] } = {}) =>
    runCheck({ cwd: project.root, workers: 0, ...options });
  beforeEach(() => {
    project = new TempProject({ "app/chat.py": CHAT, "app/unresolved.py": UNRESOLVED });
  });
  afterEach(() => project.remove());

  it("reports missing-span (fixable), streaming-manual and unresolved-receiver, and exits 1", async () => {
    const result = await check();
    expect(result.errors).toEqual([]);
    expect(brief(result.findings)).toEqual([
      "missing-span app/chat.py:7:13 error fixable",
      "streaming-manual app/chat.py:9:14 warn",
      "unresolved-receiver app/unresolved.py:5:12 warn",
    ]);
    expect(result.exitCode).toBe(EXIT_FINDINGS);
  });

  it("honours ignore-next-line, ignore-line, disable/enable and ignore-file, and reports an unused one", async () => {
    project.write(
      "app/chat.py",
      CHAT.replace(
        "    reply =",
        "    # sentry-ai-codemod-ignore-next-line missing-span -- via the gateway\n    reply =",
      )
        .replace("stream=live)", "stream=live)  # sentry-ai-codemod-ignore-line streaming-manual")
        .replace(
          "    return reply",
          "    # sentry-ai-codemod-disable\n    quiet = 1\n    # sentry-ai-codemod-enable\n    return reply",
        ),
    );
    project.write("app/unresolved.py", `# sentry-ai-codemod-ignore-file unresolved-receiver\n${UNRESOLVED}`);
    const result = await check();
    expect(
      result.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line} ${finding.message}`),
    ).toEqual([
      "unused-ignore app/chat.py:11 Unused ignore comment: no problems were reported from line 11 to line 13. Remove it.",
    ]);
    expect(result.exitCode).toBe(EXIT_CLEAN);
  });

  it("--staged checks the staged content of a .py file, not the working tree", async () => {
    project.initGit();
    project.git("add", "-A");
    project.git("commit", "-q", "-m", "base");
    project.write(
      "app/unresolved.py",
      `${UNRESOLVED.replace("import openai", "from openai import OpenAI\nclient = OpenAI()")}\n\ndef embed(text):\n    return client.embeddings.create(model="e5", input=text)\n`,
    );
    project.git("add", "app/unresolved.py");
    project.write("app/unresolved.py", "");
    const result = await check({ staged: true });
    expect(result.filesChecked).toBe(1);
    expect(brief(result.findings)).toEqual([
      "unresolved-receiver app/unresolved.py:6:12 warn",
      "missing-span app/unresolved.py:10:12 error fixable",
    ]);
  });

  it("words each rule's message for the Python site, with no JavaScript API in it", async () => {
    project.write(
      "app/words.py",
      [
        "from openai import OpenAI",
        "",
        "client = OpenAI()",
        "",
        "",
        "def answer(other):",
        '    reply = client.chat.completions.create(model="gpt-4o", messages=[]); count = 1',
        '    other.chat.completions.create(model="gpt-4o", messages=[])',
        '    with sentry_sdk.start_span(op="gen_ai.chat", name="hello") as span:',
        "        return reply, count",
        "",
      ].join("\n"),
    );
    const result = await check({ paths: ["app/words.py"] });
    const messages = result.findings.map((finding) => `${finding.ruleId} ${finding.line}: ${finding.message}`);
    expect(messages).toEqual([
      "missing-span 7: LLM call `client.chat.completions.create` is not inside a gen_ai.chat span, and --fix cannot wrap it here " +
        '(the statement shares its line with other code (`;`)): wrap it by hand in span "chat <model>".',
      "unresolved-receiver 8: `other.chat.completions.create` looks like an LLM call, but its receiver could not be traced to an SDK " +
        "client (no SDK import, constructor, variable or `self` attribute leads to it): describe your client under " +
        '"customSdks" in sentry-ai-codemod.config.json, or ignore this line if it is not an LLM call.',
      'malformed-span 9: Set attribute "gen_ai.operation.name" to "chat": Sentry classifies gen_ai spans by it.',
      'malformed-span 9: Set attribute "gen_ai.request.model" (the requested model) on this gen_ai.chat span.',
      'malformed-span 9: Span name "hello" should have the form "chat <model>".',
    ]);
    const chat = (await check({ paths: ["app/chat.py"] })).findings.map((finding) => finding.message);
    expect(chat[1]).toContain(
      "(the stream flag is not a literal True, so whether it streams is known only at run time)",
    );
    for (const message of [...messages, ...chat]) expect(message).not.toMatch(/Sentry\.start|startSpan|\/\/ /);
  });
});
