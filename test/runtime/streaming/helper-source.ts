// The text of the runtime helpers as the emitter inserts it. Their source is real modules, type-checked and
// unit-tested here: the shared types (src/core/stream-collector.ts), the span plumbing
// (src/engine/javascript/streaming/runtime-helpers.ts) and each SDK's chunk collectors
// (src/sdks/<sdk>/stream-collectors.ts, in the order of src/sdks/registry-stream-collectors.ts). The engine
// reads their text from stream-helpers.generated.ts, which `generatedHelperModule()` writes from those
// files (helpers.test.ts fails while it is stale; UPDATE_FIXTURES=1 rewrites it).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ts from "typescript";
import { streamHelperNames, streamHelperText } from "../../../src/engine/javascript/streaming/stream-helpers";
import { STREAM_COLLECTOR_SDKS } from "../../../src/sdks/registry-stream-collectors";

const SRC = path.join(__dirname, "..", "..", "..", "src");
const STREAMING_SRC = path.join(SRC, "engine", "javascript", "streaming");
export const HELPERS_FILE = path.join(STREAMING_SRC, "runtime-helpers.ts");
export const GENERATED_FILE = path.join(STREAMING_SRC, "stream-helpers.generated.ts");
/** The types collectors and plumbing share. */
export const SHARED_TYPES_FILE = path.join(SRC, "core", "stream-collector.ts");
/** Each SDK's chunk collectors, in registry order. */
export const COLLECTOR_FILES = STREAM_COLLECTOR_SDKS.map((sdk) => path.join(SRC, "sdks", sdk, "stream-collectors.ts"));
/** Every source of helper text, in the order the text is laid out. */
export const HELPER_SOURCE_FILES = [SHARED_TYPES_FILE, HELPERS_FILE, ...COLLECTOR_FILES];

interface Declaration {
  name: string;
  /** Source text with its leading comment (overloads and implementation together). */
  text: string;
  /** Other helper declarations it refers to. */
  uses: string[];
  hasCode: boolean;
}

/** One file's top-level functions, interfaces and types; a function's overloads are one group. */
function groupsOf(file: string): Array<{ name: string; nodes: ts.Statement[]; source: ts.SourceFile }> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const groups: Array<{ name: string; nodes: ts.Statement[]; source: ts.SourceFile }> = [];
  for (const statement of source.statements) {
    if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      const last = groups[groups.length - 1];
      if (last?.name === statement.name.text) last.nodes.push(statement);
      else groups.push({ name: statement.name.text, nodes: [statement], source });
    }
  }
  return groups;
}

/** The declarations of `files`, in order; a declaration's `uses` may name one of another of the files. */
function declarationsOf(files: readonly string[]): Declaration[] {
  const groups = files.flatMap(groupsOf);
  const names = new Set<string>();
  for (const { name } of groups) {
    if (names.has(name)) throw new Error(`stream helper ${name} is declared in two places`);
    names.add(name);
  }
  return groups.map(({ name, nodes, source }) => {
    const uses = new Set<string>();
    const visit = (child: ts.Node): void => {
      if (ts.isIdentifier(child) && names.has(child.text) && child.text !== name) uses.add(child.text);
      ts.forEachChild(child, visit);
    };
    nodes.forEach(visit);
    // getFullText includes the leading comment; drop the blank lines before it, and the file's own header
    // comment (up to its first blank line) when the declaration is the file's first statement.
    const text = nodes
      .map((node) =>
        node === source.statements[0]
          ? node.getFullText(source).replace(/^[\s\S]*?\n\n/, "")
          : node.getFullText(source),
      )
      .join("")
      .replace(/^\s*\n/, "")
      .trimEnd();
    return { name, text, uses: [...uses].sort(), hasCode: nodes.some((node) => ts.isFunctionDeclaration(node)) };
  });
}

/**
 * The same declaration without types: TypeScript's own transpiler, laid out by prettier (run as its CLI:
 * jest cannot load prettier 3 in process). The doc comment is carried over as written (the transpiler
 * drops it with the overloads it sits on).
 */
function javascriptOf(text: string): string {
  const comment = /^\/\*\*[\s\S]*?\*\/\n/.exec(text)?.[0] ?? "";
  const { outputText } = ts.transpileModule(text.slice(comment.length), {
    compilerOptions: {
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.Preserve,
      removeComments: false,
      alwaysStrict: false,
      strict: false,
    },
  });
  const prettier = require.resolve("prettier/bin/prettier.cjs");
  const formatted = execFileSync(process.execPath, [prettier, "--parser", "babel", "--print-width", "140"], {
    input: outputText,
    encoding: "utf8",
  });
  return `${comment}${formatted.replace(/^"use strict";\n/, "").trimEnd()}`;
}

/** The text of stream-helpers.generated.ts for the current helper sources. */
export function generatedHelperModule(): string {
  const entries: string[] = [];
  for (const declaration of declarationsOf(HELPER_SOURCE_FILES)) {
    const fields = [
      `name: ${JSON.stringify(declaration.name)}`,
      `uses: ${JSON.stringify(declaration.uses)}`,
      `typescript: ${JSON.stringify(declaration.text)}`,
      ...(declaration.hasCode ? [`javascript: ${JSON.stringify(javascriptOf(declaration.text))}`] : []),
    ];
    entries.push(`  {\n${fields.map((field) => `    ${field},`).join("\n")}\n  },`);
  }
  return [
    "// Generated by test/runtime/streaming/helper-source.ts from src/core/stream-collector.ts,",
    "// src/engine/javascript/streaming/runtime-helpers.ts and src/sdks/<sdk>/stream-collectors.ts; do not edit.",
    "// Regenerate: UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts",
    "",
    "export interface StreamHelperDeclaration {",
    "  name: string;",
    "  /** Other helpers it refers to. */",
    "  uses: readonly string[];",
    "  /** Its source with its doc comment, as its source file has it. */",
    "  typescript: string;",
    "  /** The same without types; absent for a type-only declaration. */",
    "  javascript?: string;",
    "}",
    "",
    "export const STREAM_HELPER_DECLARATIONS: readonly StreamHelperDeclaration[] = [",
    ...entries,
    "];",
    "",
  ].join("\n");
}

/** Every helper name, in file order. */
export function helperNames(): string[] {
  return streamHelperNames();
}

/** The text appended to a TypeScript file that calls `used`: those helpers and what they need, in file order. */
export function helperSource(used: string[]): string {
  return streamHelperText(used, true);
}

/** Helper names a file calls (or refers to), among the helpers. */
export function helpersCalledIn(text: string): string[] {
  return helperNames().filter((name) => new RegExp(`\\b${name}\\(`).test(text));
}
