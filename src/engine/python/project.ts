import * as fs from "node:fs";
import * as path from "node:path";
import { type FileSource, workingTree } from "../../core/file-source";

/**
 * The sentry-sdk major a Python file's project uses, read from the nearest directory (up to the repository
 * root) that says: an installed `sentry_sdk-<version>.dist-info` in `.venv/` or `venv/` there, else a lock file
 * (uv.lock, poetry.lock, Pipfile.lock), else a declaration (pyproject.toml, requirements*.txt). A declaration
 * counts when it fixes the major (`==3.0.0`, `~=2.20`, `^3`, `>=2,<3`, `>=3`); an open one (`sentry-sdk`,
 * `>=2`) says nothing, and the search goes on upwards. The lock files and declarations are read from the run's
 * file source (the index for `check --staged`); an installed package is the environment, read from disk.
 */
export interface PythonSentry {
  major: number;
  /** The file it was read from. */
  from: string;
}

export class PythonProjectLocator {
  private readonly byDirectory = new Map<string, PythonSentry | undefined>();

  constructor(private readonly files: FileSource = workingTree) {}

  forFile(filePath: string): PythonSentry | undefined {
    return this.forDirectory(path.dirname(path.resolve(filePath)));
  }

  private forDirectory(directory: string): PythonSentry | undefined {
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    const parent = path.dirname(directory);
    const atRoot = parent === directory || fs.existsSync(path.join(directory, ".git"));
    const found = readDirectory(directory, this.files) ?? (atRoot ? undefined : this.forDirectory(parent));
    this.byDirectory.set(directory, found);
    return found;
  }
}

function readDirectory(directory: string, source: FileSource): PythonSentry | undefined {
  const files = (source.list(directory) ?? []).filter((entry) => !entry.isDirectory).map((entry) => entry.name);
  const sources: Array<[string, (text: string) => number | undefined]> = [
    ["uv.lock", lockedMajor],
    ["poetry.lock", lockedMajor],
    ["Pipfile.lock", pipfileLockMajor],
    ["pyproject.toml", pyprojectMajor],
    ...files
      .filter((name) => /^requirements.*\.txt$/.test(name))
      .sort()
      .map((name): [string, (text: string) => number | undefined] => [name, requirementsMajor]),
  ];
  const installed = installedMajor(directory);
  if (installed) return installed;
  for (const [name, read] of sources) {
    if (!files.includes(name)) continue;
    const file = path.join(directory, name);
    const major = read(source.readText(file) ?? "");
    if (major !== undefined) return { major, from: file };
  }
  return undefined;
}

function installedMajor(directory: string): PythonSentry | undefined {
  for (const venv of [".venv", "venv"]) {
    const lib = path.join(directory, venv, "lib");
    for (const python of safeList(lib)) {
      const packages = path.join(lib, python, "site-packages");
      const dist = safeList(packages).find((name) => /^sentry_sdk-\d+[^/]*\.dist-info$/.test(name));
      if (dist) return { major: Number(/^sentry_sdk-(\d+)/.exec(dist)![1]), from: path.join(packages, dist) };
    }
  }
  return undefined;
}

/** uv.lock and poetry.lock: `name = "sentry-sdk"` followed by `version = "3.0.0"`. */
function lockedMajor(text: string): number | undefined {
  const match = /^name\s*=\s*"sentry[-_]sdk"\s*\r?\nversion\s*=\s*"(\d+)/im.exec(text);
  return match ? Number(match[1]) : undefined;
}

function pipfileLockMajor(text: string): number | undefined {
  const match = /"sentry[-_]sdk"\s*:\s*\{[^}]*?"version"\s*:\s*"==(\d+)/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** PEP 621 `"sentry-sdk[extra]==3.0.0"` strings, or poetry's `sentry-sdk = "^3.0"` / `{ version = "..." }`. */
function pyprojectMajor(text: string): number | undefined {
  for (const match of text.matchAll(/["']sentry[-_]sdk(?:\[[^\]]*\])?\s*([^"';]*)/gi)) {
    const major = specifierMajor(match[1]!);
    if (major !== undefined) return major;
  }
  const poetry = /^sentry[-_]sdk\s*=\s*(?:"([^"]*)"|\{[^}]*version\s*=\s*"([^"]*)")/im.exec(text);
  return poetry ? specifierMajor(poetry[1] ?? poetry[2]!, true) : undefined;
}

function requirementsMajor(text: string): number | undefined {
  const match = /^\s*sentry[-_]sdk(?:\[[^\]]*\])?\s*([^#;\r\n]*)/im.exec(text);
  return match ? specifierMajor(match[1]!) : undefined;
}

/** The major a version specifier fixes, if it does. `bareIsExact`: poetry reads `"3.0.0"` as `==3.0.0`. */
export function specifierMajor(specifier: string, bareIsExact = false): number | undefined {
  let lower: number | undefined;
  let upper: number | undefined;
  for (const clause of specifier.split(",")) {
    const match = /^\s*(===|==|~=|\^|~|>=|>|<=|<|!=)?\s*v?(\d+)((?:\.(?:\d+|\*))*)\s*$/.exec(clause);
    if (!match) continue;
    const [, op = bareIsExact ? "==" : "", majorText, rest] = match;
    const major = Number(majorText);
    if (["===", "==", "~=", "^", "~"].includes(op)) return major;
    if (op === ">=" || op === ">") lower = major;
    if (op === "<") upper = /^(?:\.0)*$/.test(rest!) ? major - 1 : major;
    if (op === "<=") upper = major;
  }
  if (lower !== undefined && (upper === undefined ? lower >= 3 : upper === lower)) return lower;
  if (lower === undefined && upper !== undefined && upper <= 2) return upper;
  return undefined;
}

function safeList(directory: string): string[] {
  try {
    return fs.readdirSync(directory);
  } catch {
    return [];
  }
}
