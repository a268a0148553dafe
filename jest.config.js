/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/src/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/__testfixtures__/"],
  modulePathIgnorePatterns: ["<rootDir>/dist/"],
  testTimeout: 60000,
  // The Python runtime tests run against real sentry-sdk and SDK clients in .venv-test/ (built once).
  globalSetup: "<rootDir>/scripts/python-venv.js",
};
