// The text of the runtime helpers in helpers.ts, as the emitter will insert it: the declarations a file
// uses plus the ones they use, in helpers.ts order, each with its doc comment, separated by blank lines.
// (Today the emitter writes `toSpanJson` from a string in src/javascript/json-helper.ts; the streaming
// helpers would be carried the same way, generated from this module so the tested code is the inserted code.)
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const HELPERS_FILE = path.join(__dirname, "helpers.ts");

interface Declaration {
  name: string;
  /** Source text with its leading comment. */
  text: string;
  /** Other helper declarations it refers to. */
  uses: Set<string>;
}

function declarationsOf(file: string): Declaration[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const named: Array<{ name: string; node: ts.Statement }> = [];
  for (const statement of source.statements) {
    if (
      (ts.isFunctionDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      named.push({ name: statement.name.text, node: statement });
    } else if (ts.isVariableStatement(statement)) {
      const [first] = statement.declarationList.declarations;
      if (first && ts.isIdentifier(first.name)) named.push({ name: first.name.text, node: statement });
    }
  }
  const names = new Set(named.map((entry) => entry.name));
  return named.map(({ name, node }) => {
    const uses = new Set<string>();
    const visit = (child: ts.Node): void => {
      if (ts.isIdentifier(child) && names.has(child.text) && child.text !== name) uses.add(child.text);
      ts.forEachChild(child, visit);
    };
    visit(node);
    // getFullText includes the leading comment; drop the blank lines before it.
    return { name, text: node.getFullText(source).replace(/^\s*\n/, "").trimEnd(), uses };
  });
}

/** Every helper name helpers.ts declares, in file order. */
export function helperNames(): string[] {
  return declarationsOf(HELPERS_FILE).map((declaration) => declaration.name);
}

/** The text appended to a file that calls `used`: those helpers and what they need, in file order. */
export function helperSource(used: string[]): string {
  const declarations = declarationsOf(HELPERS_FILE);
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
  const needed = new Set<string>();
  const add = (name: string): void => {
    const declaration = byName.get(name);
    if (!declaration) throw new Error(`helpers.ts declares no ${name}`);
    if (needed.has(name)) return;
    needed.add(name);
    declaration.uses.forEach(add);
  };
  used.forEach(add);
  return declarations
    .filter((declaration) => needed.has(declaration.name))
    .map((declaration) => declaration.text)
    .join("\n\n");
}

/** Helper names a file calls (or refers to), among those helpers.ts declares. */
export function helpersCalledIn(text: string): string[] {
  return helperNames().filter((name) => new RegExp(`\\b${name}\\(`).test(text));
}
