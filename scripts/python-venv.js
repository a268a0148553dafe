#!/usr/bin/env node
// Builds the Python test environments, .venv-test/ from requirements-dev.txt (sentry-sdk 2.x and every SDK
// client) and .venv-test-sdk3/ from requirements-sdk3.txt (sentry-sdk 3.x), or reuses each when its pins and
// the interpreter have not changed: a venv keeps a hash of both in <venv>/requirements.sha256, written only
// after a complete install. Delete a venv to force its rebuild.
//
//   node scripts/python-venv.js          build or reuse both, print their python paths
//   jest globalSetup                     the same, before any test runs (see jest.config.js)
"use strict";
const { execFileSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
/** The test venvs: the default one, and the sentry-sdk 3.x one. */
const DEV = { requirements: path.join(ROOT, "requirements-dev.txt"), venv: path.join(ROOT, ".venv-test") };
const SDK3 = { requirements: path.join(ROOT, "requirements-sdk3.txt"), venv: path.join(ROOT, ".venv-test-sdk3") };
const BASE_PYTHON = process.env.PYTHON ?? "python3";

function venvPython(venv = DEV.venv) {
  return process.platform === "win32" ? path.join(venv, "Scripts", "python.exe") : path.join(venv, "bin", "python");
}

function wantedHash(target) {
  const version = execFileSync(BASE_PYTHON, ["-c", "import sys; print(sys.version)"], { encoding: "utf8" });
  return crypto.createHash("sha256").update(version).update(fs.readFileSync(target.requirements)).digest("hex");
}

const stampOf = (target) => path.join(target.venv, "requirements.sha256");

function isCurrent(target, hash) {
  try {
    return fs.readFileSync(stampOf(target), "utf8").trim() === hash && fs.existsSync(venvPython(target.venv));
  } catch {
    return false;
  }
}

/** Returns the path of the venv's python, building the venv first when it is missing or stale. */
function ensurePythonVenv(log = (line) => process.stderr.write(`${line}\n`), target = DEV) {
  const { venv, requirements } = target;
  const hash = wantedHash(target);
  if (isCurrent(target, hash)) return venvPython(venv);
  const started = Date.now();
  log(`python-venv: building ${path.relative(ROOT, venv)}/ from ${path.basename(requirements)} (about a minute)`);
  // From scratch, so no package of an older pin set lingers. The stamp is written last: an interrupted
  // build has none and is rebuilt next time.
  fs.rmSync(venv, { recursive: true, force: true });
  execFileSync(BASE_PYTHON, ["-m", "venv", venv], { stdio: "inherit" });
  const pip = ["-m", "pip", "--disable-pip-version-check", "--no-input"];
  execFileSync(venvPython(venv), [...pip, "install", "--quiet", "-r", requirements], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PIP_REQUIRE_VIRTUALENV: "1" },
  });
  fs.writeFileSync(stampOf(target), `${hash}\n`);
  log(`python-venv: ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return venvPython(venv);
}

module.exports = () => {
  // jest globalSetup
  ensurePythonVenv();
  ensurePythonVenv(undefined, SDK3);
};
module.exports.ensurePythonVenv = ensurePythonVenv;
module.exports.venvPython = venvPython;
module.exports.SDK3_VENV = SDK3.venv;

if (require.main === module) process.stdout.write(`${ensurePythonVenv()}\n${ensurePythonVenv(undefined, SDK3)}\n`);
