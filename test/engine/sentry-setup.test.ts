import { findSentryInit, integrationState } from "../../src/engine/sentry-setup";

describe("the app's Sentry init call, read from its text", () => {
  it("JS: the namespace's init, its line, the listed integrations and defaultIntegrations: false", () => {
    const text = [
      'import * as S from "@sentry/node";',
      "",
      "S.init({",
      '  dsn: "https://key@o0.ingest.sentry.io/0",',
      "  defaultIntegrations: false,",
      "  integrations: [S.httpIntegration(), S.openAIIntegration({ recordInputs: true })],",
      "});",
    ].join("\n");
    expect(findSentryInit("instrument.ts", text)).toEqual({
      file: "instrument.ts",
      line: 3,
      language: "javascript",
      integrations: ["httpIntegration", "openAIIntegration"],
      disabled: [],
      defaultsOff: true,
    });
  });

  it("JS: a named init import, integrations built at run time, and no Sentry import at all", () => {
    const named = 'import { init } from "@sentry/nextjs";\ninit({ integrations: (defaults) => defaults });\n';
    expect(findSentryInit("a.ts", named)).toMatchObject({ line: 2, integrations: "dynamic", defaultsOff: false });
    expect(findSentryInit("b.ts", "other.init({ integrations: [] });")).toBeUndefined();
  });

  it("Python: integrations, disabled_integrations and auto_enabling_integrations=False", () => {
    const text = [
      "import sentry_sdk",
      "from sentry_sdk.integrations.openai import OpenAIIntegration",
      "",
      "sentry_sdk.init(",
      '    dsn="https://key@o0.ingest.sentry.io/0",',
      "    integrations=[OpenAIIntegration(include_prompts=False)],",
      "    disabled_integrations=[AnthropicIntegration()],",
      "    auto_enabling_integrations=False,",
      ")",
    ].join("\n");
    expect(findSentryInit("app.py", text)).toEqual({
      file: "app.py",
      line: 4,
      language: "python",
      integrations: ["OpenAIIntegration"],
      disabled: ["AnthropicIntegration"],
      defaultsOff: true,
    });
  });

  it("what the setup does with one integration", () => {
    const init = findSentryInit(
      "app.py",
      "import sentry_sdk\nsentry_sdk.init(integrations=[OpenAIIntegration()], disabled_integrations=[LiteLLMIntegration()])",
    )!;
    expect(integrationState(init, "OpenAIIntegration")).toBe("listed");
    expect(integrationState(init, "LiteLLMIntegration")).toBe("off");
    expect(integrationState(init, "AnthropicIntegration")).toBe("default");
    expect(integrationState({ ...init, defaultsOff: true }, "AnthropicIntegration")).toBe("off");
    expect(integrationState({ ...init, integrations: "dynamic", defaultsOff: true }, "AnthropicIntegration")).toBe(
      "default",
    );
    expect(integrationState(undefined, "AnthropicIntegration")).toBe("default");
  });
});
