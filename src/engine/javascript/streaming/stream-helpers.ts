import ts from "typescript";
import { appendedHelper } from "../appended-helper";
import type { TextEdit } from "../../../core/text/edits";
import type { CodeStyle } from "../code-style";
import { STREAM_HELPER_DECLARATIONS } from "./stream-helpers.generated";

/** Names of the runtime helpers (shared types, runtime-helpers.ts, the SDK collectors), in generated order. */
export function streamHelperNames(): string[] {
  return STREAM_HELPER_DECLARATIONS.map((declaration) => declaration.name);
}

export function isStreamHelper(name: string): boolean {
  return STREAM_HELPER_DECLARATIONS.some((declaration) => declaration.name === name);
}

/** `used` and every helper they refer to, in file order. */
function withDependencies(used: Iterable<string>): Set<string> {
  const byName = new Map(STREAM_HELPER_DECLARATIONS.map((declaration) => [declaration.name, declaration]));
  const needed = new Set<string>();
  const add = (name: string): void => {
    const declaration = byName.get(name);
    if (!declaration) throw new Error(`no stream helper named ${name}`);
    if (needed.has(name)) return;
    needed.add(name);
    declaration.uses.forEach(add);
  };
  for (const name of used) add(name);
  return needed;
}

/**
 * The text of the helpers a file calls and of those they use, in the generated order, each with its
 * doc comment, separated by blank lines; JavaScript leaves out the type-only declarations. `skip` names
 * helpers the file already declares (a second run adds nothing).
 */
export function streamHelperText(
  used: Iterable<string>,
  typescript: boolean,
  skip: ReadonlySet<string> = new Set(),
): string {
  const needed = withDependencies(used);
  return STREAM_HELPER_DECLARATIONS.filter((declaration) => needed.has(declaration.name) && !skip.has(declaration.name))
    .map((declaration) => (typescript ? declaration.typescript : declaration.javascript))
    .filter((text): text is string => text !== undefined)
    .join("\n\n");
}

/** Top-level names the file declares (functions, interfaces, types), among the stream helpers'. */
export function declaredStreamHelpers(sourceFile: ts.SourceFile): Set<string> {
  const declared = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement)) &&
      statement.name &&
      isStreamHelper(statement.name.text)
    ) {
      declared.add(statement.name.text);
    }
  }
  return declared;
}

/**
 * Appends the helpers `used` needs and the file does not declare yet, in the file's indentation and line
 * endings, its Sentry namespace in place of `Sentry`. Undefined when nothing is missing.
 */
export function streamHelpersEdit(
  sourceFile: ts.SourceFile,
  used: ReadonlySet<string>,
  style: CodeStyle,
  typescript: boolean,
  sentry: string,
): TextEdit | undefined {
  if (used.size === 0) return undefined;
  const text = streamHelperText(used, typescript, declaredStreamHelpers(sourceFile));
  if (!text) return undefined;
  const lines = text
    .split("\n")
    .map((line) => reindent(line, style.indentUnit).replace(/\bSentry\.(?=[A-Z])/g, `${sentry}.`));
  return appendedHelper(sourceFile, ["", ...lines], style.eol);
}

/** The helpers are written with two-space indentation; each leading pair becomes the file's unit. */
function reindent(line: string, unit: string): string {
  if (unit === "  ") return line;
  const leading = /^ */.exec(line)![0].length;
  const levels = Math.floor(leading / 2);
  return unit.repeat(levels) + line.slice(levels * 2);
}
