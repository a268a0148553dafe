#!/usr/bin/env node
// Builds the Python test environment (.venv-test/) from requirements-dev.txt, or reuses it when the pins
// and the interpreter have not changed: the venv keeps a hash of both in .venv-test/requirements.sha256,
// written only after a complete install. Delete .venv-test/ to force a rebuild.
//
//   node scripts/python-venv.js          build or reuse, print the venv's python path
//   jest globalSetup                     the same, before any test runs (see jest.config.js)
"use strict";
const { execFileSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const REQUIREMENTS = path.join(ROOT, "requirements-dev.txt");
const VENV = path.join(ROOT, ".venv-test");
const STAMP = path.join(VENV, "requirements.sha256");
const BASE_PYTHON = process.env.PYTHON ?? "python3";

function venvPython(venv = VENV) {
  return process.platform === "win32" ? path.join(venv, "Scripts", "python.exe") : path.join(venv, "bin", "python");
}

function wantedHash() {
  const version = execFileSync(BASE_PYTHON, ["-c", "import sys; print(sys.version)"], { encoding: "utf8" });
  return crypto.createHash("sha256").update(version).update(fs.readFileSync(REQUIREMENTS)).digest("hex");
}

function isCurrent(hash) {
  try {
    return fs.readFileSync(STAMP, "utf8").trim() === hash && fs.existsSync(venvPython());
  } catch {
    return false;
  }
}

/** Returns the path of the venv's python, building the venv first when it is missing or stale. */
function ensurePythonVenv(log = (line) => process.stderr.write(`${line}\n`)) {
  const hash = wantedHash();
  if (isCurrent(hash)) return venvPython();
  const started = Date.now();
  log(`python-venv: building ${path.relative(ROOT, VENV)}/ from requirements-dev.txt (about a minute)`);
  // From scratch, so no package of an older pin set lingers. The stamp is written last: an interrupted
  // build has none and is rebuilt next time.
  fs.rmSync(VENV, { recursive: true, force: true });
  execFileSync(BASE_PYTHON, ["-m", "venv", VENV], { stdio: "inherit" });
  const pip = ["-m", "pip", "--disable-pip-version-check", "--no-input"];
  execFileSync(venvPython(), [...pip, "install", "--quiet", "-r", REQUIREMENTS], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PIP_REQUIRE_VIRTUALENV: "1" },
  });
  fs.writeFileSync(STAMP, `${hash}\n`);
  log(`python-venv: ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return venvPython();
}

module.exports = () => void ensurePythonVenv(); // jest globalSetup
module.exports.ensurePythonVenv = ensurePythonVenv;
module.exports.venvPython = venvPython;

if (require.main === module) process.stdout.write(`${ensurePythonVenv()}\n`);
