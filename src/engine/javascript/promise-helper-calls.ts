import * as path from "node:path";
import ts from "typescript";
import { type FileSource, workingTree } from "../../core/file-source";
import { collectImports, isRelative } from "./imports";
import { exportedNode } from "./module-exports";
import { parseJavaScript } from "./parse";
import { MAX_IMPORT_DEPTH, resolveRelative } from "./relative-modules";

/** A call of an imported function whose result gets `.withResponse()` / `.asResponse()` (`ask(q).withResponse()`). */
export interface PromiseHelperCall {
  /** The calling file. */
  file: string;
  line: number;
  helper: ".withResponse" | ".asResponse";
}

/** `x(...).withResponse` / `x(...).asResponse`: the call it is read on and the helper's name (`.withResponse`). */
export function promiseHelperOn(
  node: ts.Node,
): { call: ts.CallExpression; name: PromiseHelperCall["helper"]; nameNode: ts.Node } | undefined {
  if (!ts.isPropertyAccessExpression(node) || !ts.isCallExpression(node.expression)) return undefined;
  const name = node.name.text;
  if (name !== "withResponse" && name !== "asResponse") return undefined;
  return { call: node.expression, name: `.${name}`, nameNode: node.name };
}

export function lineOf(sourceFile: ts.SourceFile, node: ts.Node): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}

const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const HELPER_CALL = /\.\s*(?:withResponse|asResponse)\s*\(/;
/** Files larger than this are bundles or generated code, not callers worth reading. */
const MAX_FILE_BYTES = 1_000_000;

/**
 * Which project files call another project file's exported function and read a promise helper on the result, by
 * the file and export name the function is defined under (followed through re-exports). One project is read once
 * per engine (one run), and only when asked: the files under the folder of its package.json, leaving out
 * node_modules, dot-folders and nested packages, as far as relative imports reach. Not kept between runs: a
 * result it changes is a finding either way (fixable or not), which `check --cache` never keeps.
 */
export class PromiseHelperCallIndex {
  private readonly byProject = new Map<string, Map<string, PromiseHelperCall[]>>();
  private readonly parsed = new Map<string, ts.SourceFile | null>();

  constructor(private readonly files: FileSource = workingTree) {}

  private readonly exists = (file: string): boolean => this.files.isFile(file);

  /** The helper calls on `exportName` of `file`, made in other files of the project at `projectRoot`. */
  callsOf(projectRoot: string, file: string, exportName: string): PromiseHelperCall[] {
    let calls = this.byProject.get(projectRoot);
    if (!calls) {
      calls = this.index(projectRoot);
      this.byProject.set(projectRoot, calls);
    }
    return calls.get(key(file, exportName)) ?? [];
  }

  private index(projectRoot: string): Map<string, PromiseHelperCall[]> {
    const calls = new Map<string, PromiseHelperCall[]>();
    // Without a package.json there is no project to bound the search.
    if (!this.files.isFile(path.join(projectRoot, "package.json"))) return calls;
    const files = sourceFiles(projectRoot, this.files).filter(
      (file) => (this.files.size(file) ?? Infinity) <= MAX_FILE_BYTES,
    );
    this.files.prefetch?.(files);
    for (const file of files) {
      const text = this.files.readText(file);
      if (text === undefined || !HELPER_CALL.test(text)) continue;
      const sourceFile = this.parse(file, text);
      if (!sourceFile) continue;
      const imports = collectImports(sourceFile);
      const visit = (node: ts.Node): void => {
        const helper = promiseHelperOn(node);
        const imported = helper && importedCallee(helper.call.expression, imports);
        if (helper && imported) {
          const call: PromiseHelperCall = { file, line: lineOf(sourceFile, helper.nameNode), helper: helper.name };
          const target = resolveRelative(file, imported.module, this.exists);
          for (const definedAt of target ? this.definitions(target, imported.exportName, 0) : []) {
            const list = calls.get(definedAt) ?? [];
            list.push(call);
            calls.set(definedAt, list);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    return calls;
  }

  /**
   * The (file, export) keys an import of `exportName` from `file` may be defined under: the file itself and,
   * through its re-exports (`export { ask } from "./chat"`, `export * from "./chat"`), the files behind them.
   * Listing a key that holds no function costs nothing: the site's own file decides whether it exports one.
   */
  private definitions(file: string, exportName: string, depth: number): string[] {
    const keys = [key(file, exportName)];
    if (depth >= MAX_IMPORT_DEPTH) return keys;
    const sourceFile = this.parse(file);
    if (!sourceFile) return keys;
    const next: Array<{ specifier: string; exportName: string }> = [];
    const exported = exportedNode(sourceFile, exportName);
    if (exported && "reexport" in exported) next.push(exported.reexport);
    for (const statement of sourceFile.statements) {
      const specifier =
        ts.isExportDeclaration(statement) && !statement.exportClause && statement.moduleSpecifier
          ? (statement.moduleSpecifier as ts.StringLiteral).text
          : undefined;
      if (specifier && isRelative(specifier)) next.push({ specifier, exportName });
    }
    for (const reexport of next) {
      const target = resolveRelative(file, reexport.specifier, this.exists);
      if (target && target !== file) keys.push(...this.definitions(target, reexport.exportName, depth + 1));
    }
    return keys;
  }

  private parse(file: string, text?: string): ts.SourceFile | undefined {
    if (!this.parsed.has(file)) {
      let sourceFile: ts.SourceFile | null = null;
      try {
        const source = text ?? this.files.readText(file);
        if (source !== undefined) sourceFile = parseJavaScript(file, source).sourceFile;
      } catch {
        sourceFile = null;
      }
      this.parsed.set(file, sourceFile);
    }
    return this.parsed.get(file) ?? undefined;
  }
}

function key(file: string, exportName: string): string {
  return `${file}\0${exportName}`;
}

/** `ask(...)` or `chat.ask(...)` where `ask` / `chat` is imported from a relative module: that module and export. */
function importedCallee(
  callee: ts.Expression,
  imports: ReturnType<typeof collectImports>,
): { module: string; exportName: string } | undefined {
  if (ts.isIdentifier(callee)) {
    const binding = imports.get(callee.text);
    return binding && isRelative(binding.module) && binding.exportName !== "*" ? binding : undefined;
  }
  // `import * as chat from "./chat"`, or a CommonJS module object: `const chat = require("./chat")`.
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const binding = imports.get(callee.expression.text);
    if (binding && isRelative(binding.module) && (binding.exportName === "*" || binding.exportName === "default"))
      return { module: binding.module, exportName: callee.name.text };
  }
  return undefined;
}

/** The project's JS/TS sources (no declaration files), leaving out node_modules, dot-folders and nested packages. */
function sourceFiles(root: string, source: FileSource): string[] {
  const files: string[] = [];
  const walk = (directory: string, isRoot: boolean): void => {
    const entries = source.list(directory);
    if (!entries) return;
    if (!isRoot && entries.some((entry) => entry.isFile && entry.name === "package.json")) return;
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory) walk(full, false);
      else if (entry.isFile && SOURCE_FILE.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(root, true);
  return files;
}
