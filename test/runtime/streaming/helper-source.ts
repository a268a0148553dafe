// The text of the runtime helpers as the emitter inserts it. Their single source is
// src/engine/javascript/streaming/runtime-helpers.ts (a real module, type-checked and unit-tested here);
// the engine reads their text from stream-helpers.generated.ts, which `generatedHelperModule()` writes
// from that module (helpers.test.ts fails while it is stale; UPDATE_FIXTURES=1 rewrites it).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ts from "typescript";
import { streamHelperNames, streamHelperText } from "../../../src/engine/javascript/streaming/stream-helpers";

const STREAMING_SRC = path.join(__dirname, "..", "..", "..", "src", "engine", "javascript", "streaming");
export const HELPERS_FILE = path.join(STREAMING_SRC, "runtime-helpers.ts");
export const GENERATED_FILE = path.join(STREAMING_SRC, "stream-helpers.generated.ts");

interface Declaration {
  name: string;
  /** Source text with its leading comment (overloads and implementation together). */
  text: string;
  /** Other helper declarations it refers to. */
  uses: string[];
  hasCode: boolean;
}

function declarationsOf(file: string): Declaration[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const groups: Array<{ name: string; nodes: ts.Statement[] }> = [];
  for (const statement of source.statements) {
    if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      const last = groups[groups.length - 1];
      if (last?.name === statement.name.text) last.nodes.push(statement);
      else groups.push({ name: statement.name.text, nodes: [statement] });
    }
  }
  const names = new Set(groups.map((group) => group.name));
  return groups.map(({ name, nodes }) => {
    const uses = new Set<string>();
    const visit = (child: ts.Node): void => {
      if (ts.isIdentifier(child) && names.has(child.text) && child.text !== name) uses.add(child.text);
      ts.forEachChild(child, visit);
    };
    nodes.forEach(visit);
    // getFullText includes the leading comment; drop the blank lines before it.
    const text = nodes
      .map((node) => node.getFullText(source))
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

/** The text of stream-helpers.generated.ts for the current runtime-helpers.ts. */
export function generatedHelperModule(): string {
  const entries: string[] = [];
  for (const declaration of declarationsOf(HELPERS_FILE)) {
    const fields = [
      `name: ${JSON.stringify(declaration.name)}`,
      `uses: ${JSON.stringify(declaration.uses)}`,
      `typescript: ${JSON.stringify(declaration.text)}`,
      ...(declaration.hasCode ? [`javascript: ${JSON.stringify(javascriptOf(declaration.text))}`] : []),
    ];
    entries.push(`  {\n${fields.map((field) => `    ${field},`).join("\n")}\n  },`);
  }
  return [
    "// Generated from runtime-helpers.ts by test/runtime/streaming/helper-source.ts; do not edit.",
    "// Regenerate: UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts",
    "",
    "export interface StreamHelperDeclaration {",
    "  name: string;",
    "  /** Other helpers it refers to. */",
    "  uses: readonly string[];",
    "  /** Its source with its doc comment, as runtime-helpers.ts has it. */",
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
