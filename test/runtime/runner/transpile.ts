// Turns a TypeScript program (and the local files it imports) into CommonJS that plain `node` runs.
// Output mirrors each source's absolute path under `outRoot`, so relative imports keep working and
// bare imports still resolve through the repository's node_modules (outRoot lives inside the repo).
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const COMPILER_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  inlineSourceMap: true,
};

const TS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts"];
const RESOLVE_SUFFIXES = ["", ".ts", ".tsx", ".js", "/index.ts", "/index.js"];

/** Compiles `entryFile` and every file it reaches through relative imports; returns the compiled entry path. */
export function transpileProgram(entryFile: string, outRoot: string): string {
  const pending = [path.resolve(entryFile)];
  const done = new Set<string>();
  while (pending.length > 0) {
    const source = pending.pop() as string;
    if (done.has(source)) continue;
    done.add(source);
    const text = fs.readFileSync(source, "utf8");
    writeFile(outputPathFor(source, outRoot), compile(source, text));
    pending.push(...localImports(source, text));
  }
  return outputPathFor(path.resolve(entryFile), outRoot);
}

export function outputPathFor(source: string, outRoot: string): string {
  const relative = path
    .resolve(source)
    .replace(/^[a-zA-Z]:/, "")
    .replace(/^[/\\]+/, "");
  const extension = path.extname(relative);
  const compiledName = TS_EXTENSIONS.includes(extension) ? relative.slice(0, -extension.length) + ".js" : relative;
  return path.join(outRoot, compiledName);
}

function compile(source: string, text: string): string {
  if (!TS_EXTENSIONS.includes(path.extname(source))) return text;
  const output = ts.transpileModule(text, {
    compilerOptions: COMPILER_OPTIONS,
    fileName: source,
    reportDiagnostics: true,
  });
  const syntaxErrors = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntaxErrors.length > 0) {
    const messages = syntaxErrors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    throw new Error(`Cannot transpile ${source}:\n${messages.join("\n")}`);
  }
  return output.outputText;
}

function localImports(source: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith("./") || specifier.startsWith("../"))
    .map((specifier) => resolveLocal(path.dirname(source), specifier));
}

function resolveLocal(fromDirectory: string, specifier: string): string {
  const base = path.resolve(fromDirectory, specifier);
  // ESM-style TypeScript writes `./x.js` for a file that is `./x.ts` on disk.
  const candidates = [...RESOLVE_SUFFIXES.map((suffix) => base + suffix), base.replace(/\.js$/, ".ts")];
  const found = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  if (!found) throw new Error(`Cannot resolve local import "${specifier}" from ${fromDirectory}`);
  return found;
}

/** Writes through a temporary file so concurrent writers never expose a half-written module. */
export function writeFile(target: string, contents: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, target);
}
