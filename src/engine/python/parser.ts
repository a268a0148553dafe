import * as fs from "node:fs";
import * as path from "node:path";
import { Language, Parser } from "web-tree-sitter";

let loading: Promise<Parser> | undefined;

/** The tree-sitter Python parser, loaded once per process (WebAssembly, nothing native). */
export function pythonParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init();
    const wasm = path.join(path.dirname(require.resolve("tree-sitter-python/package.json")), "tree-sitter-python.wasm");
    // bytes rather than a path: loading by path goes through a dynamic import, which Jest's VM refuses
    const language = await Language.load(new Uint8Array(fs.readFileSync(wasm)));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
