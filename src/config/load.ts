import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "./errors";
import { isPlainObject } from "./checker";
import { validateConfig } from "./schema";
import { CONFIG_FILE_NAME, defaultConfig, PACKAGE_JSON_KEY, type ResolvedConfig } from "./types";

/**
 * The project's settings: `sentry-ai-codemod.config.json`, or a `sentryAiCodemod` key in package.json, found by
 * walking up from the working directory (the nearest one wins). Read here; validated by
 * ./schema.ts. docs/config.md documents every key.
 */

/**
 * Finds and validates the configuration for `cwd`. `explicitPath` (a `--config` flag) skips the search.
 * path is undefined when no configuration exists (the defaults apply).
 */
export function loadConfig(cwd: string, explicitPath?: string): { config: ResolvedConfig; path?: string } {
  const found = explicitPath ? readExplicit(path.resolve(cwd, explicitPath)) : findConfig(path.resolve(cwd));
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

function findConfig(start: string): FoundConfig | undefined {
  for (let directory = start; ; directory = path.dirname(directory)) {
    const configFile = path.join(directory, CONFIG_FILE_NAME);
    if (fs.existsSync(configFile)) return { file: configFile, raw: readJson(configFile), keyPrefix: "" };
    const manifestFile = path.join(directory, "package.json");
    if (fs.existsSync(manifestFile)) {
      const manifest = readJson(manifestFile);
      if (isPlainObject(manifest) && PACKAGE_JSON_KEY in manifest) {
        return { file: manifestFile, raw: manifest[PACKAGE_JSON_KEY], keyPrefix: `${PACKAGE_JSON_KEY}.` };
      }
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

function readExplicit(file: string): FoundConfig {
  if (!fs.existsSync(file)) throw new ConfigError(file, ["file not found"]);
  const raw = readJson(file);
  if (path.basename(file) === "package.json") {
    if (!isPlainObject(raw) || !(PACKAGE_JSON_KEY in raw))
      throw new ConfigError(file, [`no "${PACKAGE_JSON_KEY}" key`]);
    return { file, raw: raw[PACKAGE_JSON_KEY], keyPrefix: `${PACKAGE_JSON_KEY}.` };
  }
  return { file, raw, keyPrefix: "" };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new ConfigError(file, [`not valid JSON (${(error as Error).message})`]);
  }
}
