import { builtinPythonCatalog, type PyCatalog } from "../../sdks/registry-python";
import type { Diagnostic, EngineOptions, FileInput, FileResult, ProjectInfo } from "../../core/types";
import { IGNORE_DIRECTIVE } from "../../core/ignore-directive";
import type { SentryMajor } from "./sentry-api";
import type { Node } from "./ast";
import type { Analysis } from "./plans";
import { analyze } from "./analyze";
import { pythonParser } from "./parser";
import { rewrite } from "./rewrite";
import { Lines } from "./text";

/**
 * Python entry points. Both run the same analysis (sites, statuses and reasons are identical); only
 * `transformPythonFile` returns the rewritten text.
 */
export async function transformPythonFile(
  input: FileInput,
  options: EngineOptions,
  catalog: PyCatalog = builtinPythonCatalog,
): Promise<FileResult> {
  return run(input, options, catalog, true);
}

export async function analyzePythonFile(
  input: FileInput,
  options: EngineOptions,
  catalog: PyCatalog = builtinPythonCatalog,
): Promise<FileResult> {
  return run(input, options, catalog, false);
}

/**
 * Cheap text test before parsing: an import of a known SDK, or (the catalog's custom conventions) a class
 * named like an agent, a function about tools (hand-rolled dispatch), or a dict of tools. Files without any
 * of these have no site the tool could find. A file with a suppression directive is parsed too, so that its parse
 * errors come before an unused-ignore.
 */
export function mayHavePythonSites(text: string, catalog: PyCatalog = builtinPythonCatalog): boolean {
  return (
    catalog.importPattern.test(text) ||
    catalog.customPatterns.some((pattern) => pattern.test(text)) ||
    IGNORE_DIRECTIVE.test(text)
  );
}

async function run(input: FileInput, options: EngineOptions, catalog: PyCatalog, write: boolean): Promise<FileResult> {
  const result: FileResult = { path: input.path, language: "python", sites: [], diagnostics: [] };
  if (!mayHavePythonSites(input.text, catalog)) return result;
  const parser = await pythonParser();
  const tree = parser.parse(input.text);
  if (!tree) {
    result.diagnostics.push({ severity: "error", message: "the Python parser gave up on this file" });
    return result;
  }
  try {
    const syntaxError = syntaxDiagnostic(input.text, tree.rootNode);
    if (syntaxError) {
      result.diagnostics.push(syntaxError);
      return result;
    }
    const analysis = analyze(input.text, tree.rootNode, catalog, options);
    leaveIgnoredSitesAlone(analysis, input);
    let output: string | undefined;
    try {
      output = rewrite(input.text, tree.rootNode, analysis, catalog, options, sentryMajorFor(input.project)).output;
    } catch (error) {
      result.diagnostics.push({
        severity: "error",
        message: `could not rewrite the file: ${(error as Error).message}`,
      });
      output = undefined;
    }
    result.sites = analysis.sites;
    if (write && output !== undefined && output !== input.text) result.output = output;
    if (output !== undefined && output !== input.text && !input.project.pythonSentry)
      result.notes = [UNKNOWN_MAJOR_NOTE];
    return result;
  } finally {
    tree.delete();
  }
}

/** The span API the output is written for: 3.x from sentry-sdk 3 on, else (2.x, or not found) 2.x. */
function sentryMajorFor(project: ProjectInfo): SentryMajor {
  return (project.pythonSentry?.major ?? 2) >= 3 ? 3 : 2;
}

export const UNKNOWN_MAJOR_NOTE =
  "Python: no requirements*.txt, pyproject.toml, lock file or .venv fixes the sentry-sdk major, so the spans use the sentry-sdk 2.x API. " +
  "For sentry-sdk 3.x, pin it (sentry-sdk==3.*) and run the codemod again.";

/** Sites the user's ignore comments suppress are reported as ignored, and their plans dropped. */
function leaveIgnoredSitesAlone(analysis: Analysis, input: FileInput): void {
  const { leftAlone } = input;
  if (!leftAlone) return;
  const ignored = new Set(
    analysis.sites.filter((site) => site.status === "instrumentable" && leftAlone(input.text, site.range.start)),
  );
  if (ignored.size === 0) return;
  for (const site of ignored) {
    site.status = "ignored";
    site.reason = "an ignore comment suppresses its missing-span finding";
  }
  analysis.plans = analysis.plans.filter((plan) => !ignored.has(plan.site));
}

/** The first ERROR or MISSING node in document order, the outermost one where they nest. */
function firstSyntaxError(root: Node): Node | undefined {
  if (root.isMissing) return root;
  if (!root.hasError) return undefined;
  const cursor = root.walk();
  let found: Node | undefined;
  let descending = true;
  for (;;) {
    if (descending) {
      const node = cursor.currentNode;
      if (node.isError || node.isMissing) {
        found = node;
        break;
      }
      if (node.hasError && cursor.gotoFirstChild()) continue;
    }
    if (cursor.gotoNextSibling()) {
      descending = true;
      continue;
    }
    if (!cursor.gotoParent()) break;
    descending = false;
  }
  cursor.delete();
  return found ?? root;
}

const CLOSING: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** The first bracket among an ERROR node's own tokens that nothing closes. */
function unclosedBracket(error: Node): Node | undefined {
  const open: Node[] = [];
  for (const child of error.children) {
    if (!child) continue;
    if (child.type in CLOSING) open.push(child);
    else if (open.length > 0 && CLOSING[open[open.length - 1].type] === child.type) open.pop();
  }
  return open[0];
}

/**
 * What is wrong and where, said once (the position is the diagnostic's range; the caller says what it did with the
 * file). tree-sitter often wraps everything up to a lost bracket in one ERROR node that starts well above it, so
 * the error is narrowed down: a missing token; else a bracket that is never closed (where CPython points too);
 * else the first error inside; else invalid syntax where the bad text starts.
 */
function syntaxDiagnostic(text: string, root: Node): Diagnostic | undefined {
  const lines = new Lines(text);
  const at = (node: Node, message: string): Diagnostic => ({
    severity: "error",
    message: `Python syntax error: ${message}`,
    range: lines.range(node.startIndex, Math.max(node.startIndex, node.endIndex)),
  });
  const outermost = firstSyntaxError(root);
  if (!outermost) return undefined;
  let error: Node = outermost;
  for (;;) {
    if (error.isMissing) return at(error, `missing ${JSON.stringify(error.type)}`);
    const bracket = unclosedBracket(error);
    if (bracket) return at(bracket, `${JSON.stringify(bracket.type)} was never closed`);
    const inner: Node | undefined = error.children.find(
      (child): child is Node => !!child && (child.hasError || child.isMissing),
    );
    const next: Node | undefined = inner && firstSyntaxError(inner);
    if (!next || next === error) break;
    error = next;
  }
  const first = error.children.find((child): child is Node => !!child);
  const range = lines.range(first?.startIndex ?? error.startIndex, Math.max(error.startIndex, error.endIndex));
  return { severity: "error", message: "Python syntax error: invalid syntax", range };
}
