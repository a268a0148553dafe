// Runs inside the child process: real @sentry/node with an in-memory transport, then the program.
// A fresh process per program gives it fresh module state, as a real application start would.
import fs from "node:fs";
import * as Sentry from "@sentry/node";
import { CHILD_CONFIG_ENV, ChildConfig, ChildReport, ProgramError } from "./protocol";

/** Sentry's automatic AI integrations; removed so only the codemod's spans are measured. */
const AUTO_AI_INTEGRATION =
  /openai|anthropic|google|genai|vercel|langchain|langgraph|mistral|groq|together|mastra|^aws$/i;

interface Program {
  main?: (baseUrl: string) => Promise<unknown>;
}

const config = JSON.parse(process.env[CHILD_CONFIG_ENV] ?? "") as ChildConfig;
const envelopes: string[] = [];

Sentry.init({
  dsn: "https://public@sentry.invalid/1",
  tracesSampleRate: 1,
  sendClientReports: false,
  dataCollection: { genAI: { inputs: config.recordAiContent, outputs: config.recordAiContent } },
  ...(config.traceLifecycle && { traceLifecycle: config.traceLifecycle }),
  transport: (options) =>
    Sentry.createTransport(options, async (request) => {
      envelopes.push(typeof request.body === "string" ? request.body : Buffer.from(request.body).toString("utf8"));
      return { statusCode: 200 };
    }),
  integrations: (defaults) =>
    config.keepAutoAiIntegrations
      ? defaults
      : defaults.filter((integration) => !AUTO_AI_INTEGRATION.test(integration.name)),
});

async function runProgram(): Promise<ChildReport> {
  const report: ChildReport = { envelopes };
  try {
    // Loaded after Sentry.init and outside the root span, like an application's own modules.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the path is only known at run time
    const program = require(config.programFile) as Program;
    if (typeof program.main !== "function") throw new Error(`${config.programFile} does not export main()`);
    const main = program.main;
    const result = await Sentry.startSpan({ name: "runtime-test", op: "test" }, () => main(config.baseUrl));
    report.result = result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as unknown);
  } catch (error) {
    report.error = toProgramError(error);
  }
  await Sentry.flush(5000);
  return report;
}

function toProgramError(error: unknown): ProgramError {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: "NonError", message: String(error) };
}

runProgram()
  .then((report) => {
    fs.writeFileSync(config.reportFile, JSON.stringify(report));
    // SDK clients may hold keep-alive sockets or timers; the run is over either way.
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
