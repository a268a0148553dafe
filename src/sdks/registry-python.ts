import { anthropicPy } from "./anthropic/python";
import { googleGenAiPy } from "./google-genai/python";
import { langchainAgentsPy, langchainPy, langgraphPy } from "./langchain/python";
import { litellmPy } from "./litellm/python";
import { openaiPy } from "./openai/python";
import { openaiAgentsPy } from "./openai-agents/python";
import { pydanticAiPy } from "./pydantic-ai/python";
import { CUSTOM_PY } from "./custom/python";
import type { PyCustomConventions, PyEntry, PyKind, PySdkDescriptor } from "./types/python";

export type {
  PyArgument,
  PyEntry,
  PyHandoffs,
  PyKind,
  PyOperation,
  PyRequestShape,
  PySdkDescriptor,
  PyToolDecorator,
} from "./types/python";
/** OpenAI-compatible endpoints by host: a literal `base_url=` names the provider. */
export { PROVIDER_BY_BASE_URL_HOST } from "./registry";

export const BUILTIN_PYTHON_SDKS: readonly PySdkDescriptor[] = [
  openaiPy,
  anthropicPy,
  googleGenAiPy,
  litellmPy,
  ...langchainPy,
  langchainAgentsPy,
  ...langgraphPy,
  openaiAgentsPy,
  pydanticAiPy,
];

/**
 * Provider names in model strings, as LiteLLM (`anthropic/claude-...`), LangChain and Pydantic AI
 * (`openai:gpt-4o`) spell them, mapped to `gen_ai.system` values.
 */
export const PROVIDER_PREFIX_SYSTEMS: Readonly<Record<string, string>> = {
  openai: "openai",
  azure: "azure.ai.openai",
  azure_openai: "azure.ai.openai",
  anthropic: "anthropic",
  bedrock: "aws.bedrock",
  bedrock_converse: "aws.bedrock",
  gemini: "gcp.gemini",
  "google-gla": "gcp.gemini",
  google_genai: "gcp.gemini",
  vertex_ai: "gcp.vertex_ai",
  "google-vertex": "gcp.vertex_ai",
  google_vertexai: "gcp.vertex_ai",
  groq: "groq",
  mistral: "mistral_ai",
  mistralai: "mistral_ai",
  cohere: "cohere",
  ollama: "ollama",
  deepseek: "deepseek",
  xai: "x_ai",
  perplexity: "perplexity",
  together_ai: "together_ai",
  openrouter: "openrouter",
  fireworks_ai: "fireworks_ai",
};

/** Bare model names that name their provider (LiteLLM routes them without a prefix). */
export const MODEL_NAME_SYSTEMS: ReadonlyArray<[RegExp, string]> = [
  [/^(gpt-|o[1-9]|chatgpt-|text-embedding-|davinci|babbage)/, "openai"],
  [/^claude-/, "anthropic"],
  [/^gemini-/, "gcp.gemini"],
  [/^(mistral|mixtral|codestral)/, "mistral_ai"],
  [/^command/, "cohere"],
];

/** Lookups over the Python SDK descriptors. */
export class PyCatalog {
  private readonly byModule = new Map<string, PySdkDescriptor>();
  private readonly kinds = new Map<string, { kind: PyKind; sdk: PySdkDescriptor }>();
  /** Method paths of two or more segments (`chat.completions.create`): distinctive enough to report. */
  readonly distinctivePaths = new Set<string>();
  /** Quick text test: does a file import any module this catalog knows? */
  readonly importPattern: RegExp;
  /** Text tests for the project's own agents and tool dispatch (files without an SDK import). */
  readonly customPatterns: RegExp[];
  /** A parameter annotation that names a framework context type (`ctx: RunContext`). */
  readonly contextAnnotation: RegExp | undefined;
  readonly agentClassName: RegExp;
  readonly dispatchFunctionName: RegExp;
  readonly toolRegistryName: RegExp;

  constructor(
    readonly sdks: readonly PySdkDescriptor[],
    readonly custom: PyCustomConventions = CUSTOM_PY,
  ) {
    for (const sdk of sdks) {
      for (const moduleName of sdk.modules) this.byModule.set(moduleName, sdk);
      for (const kind of sdk.kinds) {
        this.kinds.set(kind.id, { kind, sdk });
        for (const op of kind.operations) if (op.path.includes(".")) this.distinctivePaths.add(op.path);
      }
    }
    const roots = [...new Set([...this.byModule.keys()].map((name) => name.split(".")[0]))];
    this.importPattern = new RegExp(`\\b(?:import|from)\\s+(?:${roots.map(escapeRegExp).join("|")})\\b`);
    const contextTypes = [...new Set(sdks.flatMap((sdk) => sdk.contextTypes ?? []))];
    this.contextAnnotation = contextTypes.length
      ? new RegExp(`\\b(${contextTypes.map(escapeRegExp).join("|")})\\b`)
      : undefined;
    const suffix = escapeRegExp(custom.agentClassSuffix);
    const dispatchWords = custom.dispatchFunctionWords.map(escapeRegExp).join("|");
    const registryWords = custom.toolRegistryWords.map(escapeRegExp).join("|");
    this.agentClassName = new RegExp(`\\w+${suffix}$`);
    this.dispatchFunctionName = new RegExp(dispatchWords, "i");
    this.toolRegistryName = new RegExp(registryWords, "i");
    this.customPatterns = [
      new RegExp(`\\bclass\\s+\\w+${suffix}\\b`),
      new RegExp(`\\bdef\\s+\\w*(${dispatchWords})\\w*\\s*\\(`, "i"),
      new RegExp(`^[ \\t]*\\w*(${registryWords})\\w*\\s*(:[^=\\n]*)?=\\s*\\{`, "im"),
    ];
  }

  sdkForModule(moduleName: string): PySdkDescriptor | undefined {
    return this.byModule.get(moduleName);
  }

  /** Is there a known module below this package path (`google` for `google.genai`)? */
  isPackagePrefix(moduleName: string): boolean {
    for (const known of this.byModule.keys()) if (known.startsWith(`${moduleName}.`)) return true;
    return false;
  }

  entry(moduleName: string, exportName: string): { sdk: PySdkDescriptor; entry: PyEntry } | undefined {
    const sdk = this.byModule.get(moduleName);
    const entry = sdk?.entries.find((candidate) => candidate.export === exportName);
    return sdk && entry ? { sdk, entry } : undefined;
  }

  kind(id: string): { kind: PyKind; sdk: PySdkDescriptor } | undefined {
    return this.kinds.get(id);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const builtinPythonCatalog = new PyCatalog(BUILTIN_PYTHON_SDKS);
