import * as fs from "node:fs";
import * as path from "node:path";
import { CONFIG_FILE_NAME, defaultConfig, PACKAGE_JSON_KEY, type ResolvedConfig } from "../config/types";
import { RULES } from "../rules";
import { DEFAULT_EXTENSIONS } from "../engine/engine";
import { EXIT_CLEAN, EXIT_ERROR, type ExitCode } from "./exit-codes";
import { writeFileAtomic } from "./write";

export interface InitOptions {
  cwd: string;
  /** Overwrite an existing config file. */
  force: boolean;
  /** Add the hook to the detected setup's own file instead of only printing it. */
  writeHook: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The commit-hook setups `init` knows, in the order it looks for them. */
export type HookSetup = "pre-commit" | "lint-staged" | "husky" | "none";

const TOOL = "sentry-ai-codemod";
/** The files lint-staged hands to `check`: every extension the tool reads. */
const LINT_STAGED_GLOB = `*.{${DEFAULT_EXTENSIONS.map((extension) => extension.slice(1)).join(",")}}`;

/**
 * `sentry-ai-codemod init`: writes a starting `sentry-ai-codemod.config.json` (every key at its default under a
 * comment saying what it does, so each one is there to edit), then prints the commit-hook snippet for the setup it finds
 * in the folder (pre-commit, lint-staged, husky, or none), or with `--write-hook` adds it to that setup's file.
 * An existing config is left alone unless `--force`.
 */
export function runInit(options: InitOptions): ExitCode {
  const { cwd, stdout, stderr } = options;
  const fail = (message: string): ExitCode => {
    stderr.write(`${TOOL}: init: ${message}\n`);
    return EXIT_ERROR;
  };
  const configFile = path.join(cwd, CONFIG_FILE_NAME);
  const manifest = readManifest(cwd);
  if (!options.force) {
    if (fs.existsSync(configFile))
      return fail(`${CONFIG_FILE_NAME} already exists; pass --force to replace it with the starting config`);
    if (manifest && PACKAGE_JSON_KEY in manifest)
      return fail(
        `package.json already has a "${PACKAGE_JSON_KEY}" config; pass --force to write ${CONFIG_FILE_NAME} (it takes precedence)`,
      );
  }
  const setup = detectHookSetup(cwd, manifest);
  // The hook is checked before anything is written, so a refused hook leaves the folder as it was.
  const hook = hookFor(setup, cwd, manifest);
  if (options.writeHook && !hook.write) return fail(hook.cannotWrite ?? "no hook to write");
  let hookWritten: string | undefined;
  try {
    fs.writeFileSync(configFile, startingConfig());
    if (options.writeHook) hookWritten = hook.write!();
  } catch (error) {
    return fail((error as Error).message);
  }
  stdout.write(`Wrote ${CONFIG_FILE_NAME} (every key at its default, with a comment saying what it does).\n`);
  if (hookWritten) {
    stdout.write(`${hookWritten}\n`);
    return EXIT_CLEAN;
  }
  stdout.write(`\n${hook.title}\n\n${hook.snippet}\n`);
  if (hook.write)
    stdout.write(`\nTo have init add it: ${TOOL} init --force --write-hook (this writes the starting config again).\n`);
  return EXIT_CLEAN;
}

/** What each key of the starting config does, as its one-line comment; the default is added from the defaults. */
const KEY_COMMENTS: ReadonlyArray<{ key: StartingKey; does: string; defaultText?: string }> = [
  {
    key: "include",
    does: "Globs (relative to this file) a file must match to be read.",
    defaultText: "[] (every file)",
  },
  { key: "exclude", does: "Globs (relative to this file) of files to leave out, on top of .gitignore." },
  { key: "rules", does: 'Each rule\'s level: "off", "warn" or "error" (docs/rules.md).', defaultText: "as below" },
  {
    key: "conventions",
    does: 'Span ops: "default" (gen_ai.chat, chat <model>) or "legacy" (gen_ai.request, request <model>).',
  },
  {
    key: "recordInputs",
    does: 'Record prompts, messages and tool input: "always", "auto" (as the app\'s Sentry allows) or "never".',
  },
  { key: "recordOutputs", does: 'Record response text, tool calls and tool output: "always", "auto" or "never".' },
  { key: "skipAutoInstrumented", does: "Leave alone the calls Sentry's own integrations already span." },
  {
    key: "aiSdkLoopsAsAgents",
    does: "AI SDK generateText with tools and a step limit: an agent run (invoke_agent), not a chat call.",
  },
  { key: "customSdks", does: "Your own LLM clients: module, client export, call paths, where model and messages are." },
  { key: "agentClasses", does: "Your own agent classes: module, export, runMethods, nameOption, modelOption." },
  {
    key: "toolFactories",
    does: "Your own tool factories: module, export, nameOption, descriptionOption, executeOption.",
  },
];

type StartingKey = Exclude<keyof ResolvedConfig, "baseDir" | "sentryPackage" | "customPythonSdks">;

/**
 * The starting config: JSON with comments, as the loader reads it, with every key at its default under a one-line
 * comment saying what it does and what its default is (`sentryPackage`, which has no fixed default, commented out).
 */
export function startingConfig(): string {
  const defaults = defaultConfig(".");
  const lines = [
    "// sentry-ai-codemod settings (JSON with comments). Every key is optional and shown at its default;",
    "// docs/config.md explains each one, and `sentry-ai-codemod check --print-config <file>` shows what a file gets.",
    "{",
  ];
  KEY_COMMENTS.forEach(({ key, does, defaultText }, index) => {
    const value = defaults[key];
    lines.push(`  // ${does} Default: ${defaultText ?? JSON.stringify(value)}.`);
    const comma = index < KEY_COMMENTS.length - 1 ? "," : "";
    if (key === "rules") {
      lines.push('  "rules": {');
      RULES.forEach((rule, ruleIndex) => {
        lines.push(`    // ${firstClause(rule.description)} Default: "${rule.defaultSeverity}".`);
        lines.push(`    "${rule.id}": "${defaults.rules[rule.id]}"${ruleIndex < RULES.length - 1 ? "," : ""}`);
      });
      lines.push(`  }${comma}`);
    } else {
      lines.push(`  "${key}": ${JSON.stringify(value)}${comma}`);
    }
    if (key === "conventions") {
      lines.push(
        '  // The Sentry package added imports use. Default: the nearest package.json\'s, else "@sentry/node".',
      );
      lines.push('  // "sentryPackage": "@sentry/node",');
    }
  });
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** A rule's description up to its first aside, as a one-line comment. */
function firstClause(description: string): string {
  const clause = description.split(/ \(|;/)[0].replace(/\.$/, "");
  return `${clause}.`;
}

type Manifest = Record<string, unknown> & {
  devDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};

function readManifest(cwd: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(cwd, "package.json"), "utf8")) as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

function depends(manifest: Manifest | undefined, name: string): boolean {
  return !!(manifest?.devDependencies?.[name] ?? manifest?.dependencies?.[name]);
}

/** pre-commit when the folder has a `.pre-commit-config.yaml`, else lint-staged, else husky, else none. */
export function detectHookSetup(cwd: string, manifest = readManifest(cwd)): HookSetup {
  if (fs.existsSync(path.join(cwd, ".pre-commit-config.yaml"))) return "pre-commit";
  if ((manifest && "lint-staged" in manifest) || depends(manifest, "lint-staged")) return "lint-staged";
  if (fs.existsSync(path.join(cwd, ".husky")) || depends(manifest, "husky")) return "husky";
  return "none";
}

interface Hook {
  title: string;
  snippet: string;
  /** Adds the hook to the setup's file and says what it did; undefined when it cannot be done safely. */
  write?: () => string;
  cannotWrite?: string;
}

function hookFor(setup: HookSetup, cwd: string, manifest: Manifest | undefined): Hook {
  switch (setup) {
    case "pre-commit":
      return preCommitHook(cwd, manifest);
    case "lint-staged":
      return lintStagedHook(cwd, manifest);
    case "husky":
      return huskyHook(cwd);
    case "none":
      return {
        title:
          "No commit-hook setup found (no .pre-commit-config.yaml, lint-staged or husky). To check each commit with husky + lint-staged:",
        snippet: [
          "npm install --save-dev husky lint-staged sentry-ai-codemod",
          "npx husky init",
          'echo "npx lint-staged" > .husky/pre-commit',
          "",
          'and in package.json: "lint-staged": { "' + LINT_STAGED_GLOB + '": "sentry-ai-codemod check" }',
          "",
          "or any git hook: npx sentry-ai-codemod check --staged (docs/integrations.md has pre-commit and CI too)",
        ].join("\n"),
        cannotWrite: "no commit-hook setup found to add the hook to (.pre-commit-config.yaml, lint-staged or husky)",
      };
  }
}

function preCommitHook(cwd: string, manifest: Manifest | undefined): Hook {
  const file = path.join(cwd, ".pre-commit-config.yaml");
  // A local hook: with the tool a devDependency, npx runs that installed copy (the same version as `npm run`);
  // otherwise npx fetches it. The published hook (docs/integrations.md) needs this repository's URL instead.
  const entry = [
    "  - repo: local",
    "    hooks:",
    `      - id: ${TOOL}`,
    `        name: ${TOOL} check`,
    `        entry: npx ${depends(manifest, TOOL) ? "--no-install " : ""}${TOOL} check`,
    "        language: system",
    "        types_or: [javascript, ts, tsx, jsx, python]",
  ];
  const snippet = entry.join("\n");
  const text = fs.readFileSync(file, "utf8");
  const topLevel = text.split(/\r?\n/).filter((line) => /^[^\s#-]/.test(line));
  const hook: Hook = { title: "In .pre-commit-config.yaml, under repos:", snippet };
  if (text.includes(`id: ${TOOL}`)) return { ...hook, write: () => `.pre-commit-config.yaml already runs ${TOOL}.` };
  // Appending is safe only when the list of repos is the file's last top-level key (the usual layout).
  if (!/^repos:\s*(#.*)?$/.test(topLevel[topLevel.length - 1] ?? ""))
    return {
      ...hook,
      cannotWrite:
        ".pre-commit-config.yaml does not end with its repos: list, so the hook cannot be appended safely; add the snippet `init` prints by hand",
    };
  return {
    ...hook,
    write: () => {
      fs.appendFileSync(file, `${text.endsWith("\n") || text === "" ? "" : "\n"}${snippet}\n`);
      return `Added the ${TOOL} hook to .pre-commit-config.yaml.`;
    },
  };
}

function lintStagedHook(cwd: string, manifest: Manifest | undefined): Hook {
  const husky = fs.existsSync(path.join(cwd, ".husky")) || depends(manifest, "husky");
  const snippet = [
    'In package.json, under "lint-staged":',
    `  "${LINT_STAGED_GLOB}": "${TOOL} check"`,
    ...(husky
      ? []
      : [
          "",
          'and a git hook that runs it, e.g. with husky: npx husky init && echo "npx lint-staged" > .husky/pre-commit',
        ]),
  ].join("\n");
  const hook: Hook = { title: `lint-staged found${husky ? " (with husky)" : ""}:`, snippet };
  const staged = manifest?.["lint-staged"];
  if (!staged || typeof staged !== "object" || Array.isArray(staged))
    return {
      ...hook,
      cannotWrite:
        'lint-staged is configured outside package.json (or not yet): add the "lint-staged" entry `init` prints by hand',
    };
  return {
    ...hook,
    write: () => {
      const entries = staged as Record<string, unknown>;
      if (Object.values(entries).some((command) => JSON.stringify(command).includes(`${TOOL} check`)))
        return `lint-staged already runs ${TOOL}.`;
      const file = path.join(cwd, "package.json");
      const text = fs.readFileSync(file, "utf8");
      const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? "  ";
      entries[LINT_STAGED_GLOB] = `${TOOL} check`;
      writeFileAtomic(file, `${JSON.stringify(manifest, null, indent)}\n`);
      return `Added "${LINT_STAGED_GLOB}": "${TOOL} check" to lint-staged in package.json.`;
    },
  };
}

function huskyHook(cwd: string): Hook {
  const file = path.join(cwd, ".husky", "pre-commit");
  const line = `npx ${TOOL} check --staged`;
  return {
    title: "husky found: in .husky/pre-commit (the staged content is checked, even with unstaged edits on top):",
    snippet: line,
    write: () => {
      const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
      if (text.includes(`${TOOL} check`)) return `.husky/pre-commit already runs ${TOOL}.`;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${line}\n`, { mode: 0o755 });
      return `Added "${line}" to .husky/pre-commit.`;
    },
  };
}
