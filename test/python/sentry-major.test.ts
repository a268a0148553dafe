import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PythonProjectLocator, specifierMajor } from "../../src/engine/python/project";

describe("the project's sentry-sdk major", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "sentry-major-"));
    fs.mkdirSync(path.join(root, ".git"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const majorOf = (file: string) => new PythonProjectLocator().forFile(path.join(root, file))?.major;

  test.each([
    ["==3.0.0", 3],
    ["~=2.20", 2],
    [">=2.0,<3", 2],
    [">=3.0.0", 3],
    ["[openai]==3.0.0", undefined],
    ["", undefined],
    [">=2", undefined],
  ])("specifier %j -> %j", (specifier, major) => expect(specifierMajor(specifier)).toBe(major));

  test("requirements.txt above the file, up to the repository root", () => {
    write("requirements.txt", "flask\nsentry-sdk[openai]==3.0.0\n");
    expect(majorOf("app/src/main.py")).toBe(3);
  });

  test("pyproject.toml: PEP 621 and poetry", () => {
    write("a/pyproject.toml", '[project]\ndependencies = ["sentry-sdk>=2.15,<3"]\n');
    write("b/pyproject.toml", '[tool.poetry.dependencies]\nsentry-sdk = "^3.0"\n');
    expect([majorOf("a/main.py"), majorOf("b/main.py")]).toEqual([2, 3]);
  });

  test("lock files: uv.lock, poetry.lock, Pipfile.lock", () => {
    write("a/uv.lock", '[[package]]\nname = "sentry-sdk"\nversion = "3.0.0"\n');
    write("b/poetry.lock", '[[package]]\nname = "sentry-sdk"\nversion = "2.76.0"\n');
    write("c/Pipfile.lock", '{"default": {"sentry-sdk": {"hashes": [], "version": "==3.0.0"}}}');
    expect([majorOf("a/x.py"), majorOf("b/x.py"), majorOf("c/x.py")]).toEqual([3, 2, 3]);
  });

  test("an installed dist-info in .venv wins over an open declaration; the nearest directory wins", () => {
    write("requirements.txt", "sentry-sdk\n");
    write(".venv/lib/python3.12/site-packages/sentry_sdk-3.0.0.dist-info/METADATA", "");
    write("legacy/requirements.txt", "sentry-sdk==2.76.0\n");
    expect([majorOf("main.py"), majorOf("legacy/main.py")]).toEqual([3, 2]);
  });

  test("nothing says: unknown (the 2.x form and a summary note)", () => {
    write("requirements.txt", "sentry-sdk>=2\n");
    expect(majorOf("main.py")).toBeUndefined();
  });
});
