/**
 * What an app's own Sentry init call says about the AI integrations, read from its text: which integrations it
 * lists, which it disables, and whether it turns Sentry's default integrations off. Used to tell the user what
 * their setup does when a manual span would duplicate an integration's (a hint, so a text scan is enough).
 */

export interface SentryInit {
  file: string;
  /** 1-based line of the init call. */
  line: number;
  language: "javascript" | "python";
  /** Integration factories named in `integrations` (`openAIIntegration`, `OpenAIIntegration`); "dynamic" when it is not a list. */
  integrations: string[] | "dynamic";
  /** Python's `disabled_integrations=[...]`. */
  disabled: string[];
  /** `defaultIntegrations: false`; Python `default_integrations=False` or `auto_enabling_integrations=False`. */
  defaultsOff: boolean;
}

/** Files where apps usually call Sentry's init, relative to the project root (Next.js, Node, Python). */
export const SENTRY_INIT_FILES = [
  "sentry.server.config.ts",
  "sentry.server.config.js",
  "sentry.edge.config.ts",
  "instrumentation.ts",
  "instrumentation.js",
  "instrument.ts",
  "instrument.js",
  "instrument.mjs",
  "src/instrument.ts",
  "src/instrument.js",
  "src/instrumentation.ts",
  "server/instrument.ts",
  "app.py",
  "main.py",
  "settings.py",
];

/** The Sentry init call in a file's text, if it has one. */
export function findSentryInit(file: string, text: string): SentryInit | undefined {
  return file.endsWith(".py") ? findPythonInit(file, text) : findJavaScriptInit(file, text);
}

function findJavaScriptInit(file: string, text: string): SentryInit | undefined {
  if (!/["']@sentry\//.test(text)) return undefined;
  const namespaces = [
    ...text.matchAll(
      /import\s+\*\s+as\s+(\w+)\s+from\s+["']@sentry\/|(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*["']@sentry\//g,
    ),
  ].map((match) => match[1] ?? match[2]);
  const callee = [...namespaces.map((name) => `${name}\\.init`), "\\binit"].join("|");
  const found = new RegExp(`(?:${callee})\\s*\\(\\s*\\{`).exec(text);
  if (!found) return undefined;
  const options = balanced(text, found.index + found[0].length - 1);
  return {
    file,
    line: lineAt(text, found.index),
    language: "javascript",
    integrations: listAfter(options, /\bintegrations\s*:\s*/),
    disabled: [],
    defaultsOff: /\bdefaultIntegrations\s*:\s*false\b/.test(options),
  };
}

function findPythonInit(file: string, text: string): SentryInit | undefined {
  const found =
    /\bsentry_sdk\.init\s*\(/.exec(text) ??
    (/from\s+sentry_sdk\s+import\s+[^\n]*\binit\b/.test(text) ? /\binit\s*\(/.exec(text) : null);
  if (!found) return undefined;
  const options = balanced(text, found.index + found[0].length - 1);
  const disabled = listAfter(options, /\bdisabled_integrations\s*=\s*/);
  return {
    file,
    line: lineAt(text, found.index),
    language: "python",
    integrations: listAfter(options, /(?<!disabled_)\bintegrations\s*=\s*/),
    disabled: disabled === "dynamic" ? [] : disabled,
    defaultsOff: /\b(?:default_integrations|auto_enabling_integrations)\s*=\s*False\b/.test(options),
  };
}

/** How the app's setup treats one integration. */
export type IntegrationState =
  /** The init call lists it. */
  | "listed"
  /** Sentry turns it on by itself (default / auto-enabling integrations), or the list is built at run time. */
  | "default"
  /** The init call turns the defaults off without listing it, or disables it: it creates no span. */
  | "off";

export function integrationState(init: SentryInit | undefined, integration: string): IntegrationState {
  if (!init) return "default";
  if (init.disabled.includes(integration)) return "off";
  if (init.integrations === "dynamic") return "default";
  if (init.integrations.includes(integration)) return "listed";
  return init.defaultsOff ? "off" : "default";
}

/** Integration factories named in the `[...]` after `key`; [] when the key is absent, "dynamic" for another value. */
function listAfter(options: string, key: RegExp): string[] | "dynamic" {
  const found = key.exec(options);
  if (!found) return [];
  const start = found.index + found[0].length;
  if (options[start] !== "[") return "dynamic";
  const list = balanced(options, start);
  return [...list.matchAll(/(\w+Integration)\s*\(/g)].map((match) => match[1]!);
}

/** The text from an opening bracket to its matching close (strings skipped), or to the end. */
function balanced(text: string, open: number): string {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"' || char === "'" || char === "`") {
      index++;
      while (index < text.length && text[index] !== char) index += text[index] === "\\" ? 2 : 1;
    } else if ("([{".includes(char)) depth++;
    else if (")]}".includes(char) && --depth === 0) return text.slice(open, index + 1);
  }
  return text.slice(open);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}
