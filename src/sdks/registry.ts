import { anthropic } from "./anthropic/calls";
import { bedrock } from "./bedrock/calls";
import { cohere } from "./cohere/calls";
import { googleGenAi, googleGenerativeAi } from "./google-genai/calls";
import { langchain } from "./langchain/calls";
import {
  llamaindex,
  llamaindexAnthropic,
  llamaindexGoogle,
  llamaindexMistral,
  llamaindexOllama,
} from "./llamaindex/calls";
import { mistral } from "./mistral/calls";
import { ollama } from "./ollama/calls";
import { groq } from "./groq/calls";
import { openai } from "./openai/calls";
import { OPENAI_COMPATIBLE_PROVIDERS } from "./openai-compatible-providers";
import type { ClientKind, ProviderHint, SdkDescriptor, SdkEntry, SettingsSlot } from "./types/calls";
import { vercelAi } from "./vercel-ai/calls";

export const BUILTIN_SDKS: readonly SdkDescriptor[] = [
  openai,
  groq,
  anthropic,
  googleGenAi,
  googleGenerativeAi,
  vercelAi,
  mistral,
  cohere,
  bedrock,
  ollama,
  langchain,
  llamaindex,
  llamaindexAnthropic,
  llamaindexGoogle,
  llamaindexOllama,
  llamaindexMistral,
];

/** Lookups over a set of SDK descriptors (the built-in ones plus any from the config file). */
export class SdkCatalog {
  private readonly byModule = new Map<string, SdkDescriptor>();
  private readonly kinds = new Map<string, { kind: ClientKind; sdk: SdkDescriptor }>();
  /** Every SDK's provider hints, then the providers reached only through OpenAI-compatible clients. */
  readonly providerHints: readonly ProviderHint[];
  /** Every SDK's provider packages (AI SDK `@ai-sdk/openai`) and the `gen_ai.system` each names. */
  readonly providerModules: Readonly<Record<string, string>>;
  /** Where a request's sampling parameters may live: its top level (""), then every SDK's containers. */
  readonly parameterContainers: readonly string[];
  /** Where a written-out tool names itself: its top level (""), then every SDK's prefixes. */
  readonly toolDefinitionPrefixes: readonly string[];

  constructor(readonly sdks: readonly SdkDescriptor[]) {
    this.providerHints = [...sdks.flatMap((sdk) => sdk.providerHints ?? []), ...OPENAI_COMPATIBLE_PROVIDERS];
    this.providerModules = Object.assign({}, ...sdks.map((sdk) => sdk.providerModules ?? {}));
    this.parameterContainers = [...new Set(["", ...sdks.flatMap((sdk) => sdk.parameterContainers ?? [])])];
    this.toolDefinitionPrefixes = [...new Set(["", ...sdks.flatMap((sdk) => sdk.toolDefinitionPrefixes ?? [])])];
    for (const sdk of sdks) {
      for (const moduleName of sdk.modules) this.byModule.set(moduleName, sdk);
      for (const kind of sdk.kinds) this.kinds.set(kind.id, { kind, sdk });
    }
  }

  sdkForModule(moduleName: string): SdkDescriptor | undefined {
    return this.byModule.get(moduleName);
  }

  entry(moduleName: string, exportName: string): { sdk: SdkDescriptor; entry: SdkEntry } | undefined {
    const sdk = this.byModule.get(moduleName);
    const entry = sdk?.entries.find((candidate) => candidate.export === exportName);
    return sdk && entry ? { sdk, entry } : undefined;
  }

  kind(id: string): { kind: ClientKind; sdk: SdkDescriptor } | undefined {
    return this.kinds.get(id);
  }

  /** The settings slot `exportName.field` of `moduleName` is, when some SDK declares it (`Settings.llm` of `llamaindex`). */
  settingsSlot(moduleName: string, exportName: string, field: string): SettingsSlot | undefined {
    for (const sdk of this.sdks) {
      const slot = sdk.settingsSlots?.find(
        (candidate) =>
          candidate.export === exportName && candidate.field === field && candidate.modules.includes(moduleName),
      );
      if (slot) return slot;
    }
    return undefined;
  }

  /** True when `exportName` is a Sentry helper that instruments a client of one of these SDKs. */
  wrapsClients(exportName: string): boolean {
    return this.sdks.some((sdk) => sdk.sentryClientWrappers?.includes(exportName));
  }
}

export const builtinCatalog = new SdkCatalog(BUILTIN_SDKS);

/** Hosts of the built-in providers and the `gen_ai.system` each names (the Python catalog reads `base_url` with them). */
export const PROVIDER_BY_BASE_URL_HOST: ReadonlyArray<[RegExp, string]> = builtinCatalog.providerHints.flatMap((hint) =>
  (hint.hosts ?? []).map((host): [RegExp, string] => [host, hint.system]),
);
