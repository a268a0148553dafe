#!/usr/bin/env node
"use strict";
require("../dist/src/cli.js")
  .main()
  .catch((error) => {
    process.stderr.write(`sentry-ai-codemod: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  });
