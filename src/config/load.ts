import * as path from "node:path";
import ts from "typescript";
import { type FileSource, workingTree } from "../core/file-source";
import { ConfigError } from "./errors";
import { isPlainObject } from "./checker";
import { blankJsoncExtras } from "./jsonc";
import { validateConfig } from "./schema";
import { CONFIG_FILE_NAME, defaultConfig, PACKAGE_JSON_KEY, type ResolvedConfig } from "./types";

/**
 * The project's settings: `sentry-ai-codemod.config.json`, or a `sentryAiCodemod` key in package.json, found by
 * walking up from the working directory (the nearest one wins). Read here; validated by
 * ./schema.ts. docs/config.md documents every key. The config file may hold comments and trailing commas
 * (./jsonc.ts); package.json is read as the strict JSON npm requires.
 */

/**
 * Finds and validates the configuration for `cwd`. `explicitPath` (a `--config` flag) skips the search.
 * path is undefined when no configuration exists (the defaults apply). `files`: where the config is read (the
 * working tree, or the git index for `check --staged`).
 */
export function loadConfig(
  cwd: string,
  explicitPath?: string,
  files: FileSource = workingTree,
): { config: ResolvedConfig; path?: string } {
  const found = explicitPath
    ? readExplicit(path.resolve(cwd, explicitPath), files)
    : findConfig(path.resolve(cwd), files);
  if (!found) return { config: defaultConfig(path.resolve(cwd)) };
  const config = validateConfig(found.raw, path.dirname(found.file), found.keyPrefix, found.file);
  return { config, path: found.file };
}

interface FoundConfig {
  file: string;
  raw: unknown;
  /** `sentryAiCodemod.` when the settings sit inside package.json. */
  keyPrefix: string;
}

function findConfig(start: string, files: FileSource): FoundConfig | undefined {
  for (let directory = start; ; directory = path.dirname(directory)) {
    const configFile = path.join(directory, CONFIG_FILE_NAME);
    if (files.isFile(configFile)) return { file: configFile, raw: readJson(configFile, true, files), keyPrefix: "" };
    const manifestFile = path.join(directory, "package.json");
    if (files.isFile(manifestFile)) {
      const manifest = readJson(manifestFile, false, files);
      if (isPlainObject(manifest) && PACKAGE_JSON_KEY in manifest) {
        return { file: manifestFile, raw: manifest[PACKAGE_JSON_KEY], keyPrefix: `${PACKAGE_JSON_KEY}.` };
      }
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

function readExplicit(file: string, files: FileSource): FoundConfig {
  if (!files.isFile(file)) throw new ConfigError(file, ["file not found"]);
  const isManifest = path.basename(file) === "package.json";
  const raw = readJson(file, !isManifest, files);
  if (isManifest) {
    if (!isPlainObject(raw) || !(PACKAGE_JSON_KEY in raw))
      throw new ConfigError(file, [`no "${PACKAGE_JSON_KEY}" key`]);
    return { file, raw: raw[PACKAGE_JSON_KEY], keyPrefix: `${PACKAGE_JSON_KEY}.` };
  }
  return { file, raw, keyPrefix: "" };
}

/** `allowComments`: JSON with comments and trailing commas, at the same offsets (./jsonc.ts). */
function readJson(file: string, allowComments: boolean, files: FileSource): unknown {
  let text = files.readText(file);
  if (text === undefined) throw new ConfigError(file, ["cannot read the file"]);
  if (allowComments) {
    const blanked = blankJsoncExtras(text);
    if ("error" in blanked)
      throw new ConfigError(file, [`not valid JSON: ${blanked.error}`], positionAt(text, blanked.offset));
    text = blanked.json;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const { what, position } = jsonErrorAt(text, (error as Error).message);
    throw new ConfigError(file, [`not valid JSON: ${what}`], position);
  }
}

/**
 * Where JSON.parse stopped, as line:col (1-based, as editors count), and its message without the offset or the
 * quoted snippet. V8 gives the offset for most errors (`... in JSON at position 61`) but not for an unexpected
 * token; then TypeScript's JSON parser says where (skipping the blanks before the token), else the text's end.
 */
export function jsonErrorAt(
  text: string,
  message: string,
): { what: string; position: { line: number; column: number } } {
  const match = /^(.*?)(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(message);
  let offset = match ? Number(match[2]) : text.length;
  if (!match) {
    const parsed = ts.parseJsonText("config.json", text) as ts.JsonSourceFile & {
      parseDiagnostics?: ts.DiagnosticWithLocation[];
    };
    const first = parsed.parseDiagnostics?.[0];
    if (first) offset = first.start + (/^\s*/.exec(text.slice(first.start))?.[0].length ?? 0);
  }
  const what = (match ? match[1] : message).replace(/, (?:"|\.\.\.).*is not valid JSON$/s, "");
  return { what, position: positionAt(text, offset) };
}

/** An offset as line:col, 1-based, as editors count. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length)).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
