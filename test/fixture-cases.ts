import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from "../src/core/types";

export const FIXTURE_ROOT = path.join(__dirname, "..", "__testfixtures__");
const JS_INPUT = /^(.*)\.input\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

export interface FixtureCase {
  transform: string;
  name: string;
  inputPath: string;
  outputPath: string;
  options: EngineOptions;
}

/**
 * The JS/TS fixture pairs of one transform folder: `<case>.input.<ext>` with `<case>.output.<ext>`, and an
 * optional `<case>.options.json` holding engine options for that case (e.g. `{ "conventions": "legacy" }`).
 */
export function javascriptFixtureCases(transform: string): FixtureCase[] {
  const directory = path.join(FIXTURE_ROOT, transform);
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .map((file) => JS_INPUT.exec(file))
    .filter((match): match is RegExpExecArray => !!match)
    .map(([file, name, extension]) => {
      const optionsPath = path.join(directory, `${name}.options.json`);
      const overrides = fs.existsSync(optionsPath)
        ? (JSON.parse(fs.readFileSync(optionsPath, "utf8")) as Partial<EngineOptions>)
        : {};
      return {
        transform,
        name,
        inputPath: path.join(directory, file),
        outputPath: path.join(directory, `${name}.output.${extension}`),
        options: { ...DEFAULT_ENGINE_OPTIONS, ...overrides },
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
