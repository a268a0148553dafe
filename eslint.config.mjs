// Lint for the tool's own sources. Formatting is prettier's job (see .prettierrc.json),
// so eslint-config-prettier turns off every stylistic rule.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "__testfixtures__/**",
      "examples/**",
      ".venv-test*/**",
      "coverage/**",
      "test/runtime/.work/**",
      ".sentry-ai-codemod-cache/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript itself reports undefined names, with the right types for each file.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Plain CommonJS: the bin shim, jest config, and the runtime programs the tests
    // execute as the app would (they load SDKs with require on purpose).
    files: ["**/*.js", "**/*.cjs", "test/**/programs/**"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
