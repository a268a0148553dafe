import { anthropic } from "./anthropic/calls";
import { bedrock } from "./bedrock/calls";
import { cohere } from "./cohere/calls";
import { googleGenAi, googleGenerativeAi } from "./google-genai/calls";
import { langchain } from "./langchain/calls";
import { mistral } from "./mistral/calls";
import { ollama } from "./ollama/calls";
import { groq, openai } from "./openai/calls";
import type { ClientKind, SdkDescriptor, SdkEntry } from "./types/calls";
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
];

/** Lookups over a set of SDK descriptors (the built-in ones plus any from the config file). */
export class SdkCatalog {
  private readonly byModule = new Map<string, SdkDescriptor>();
  private readonly kinds = new Map<string, { kind: ClientKind; sdk: SdkDescriptor }>();

  constructor(readonly sdks: readonly SdkDescriptor[]) {
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
}

export const builtinCatalog = new SdkCatalog(BUILTIN_SDKS);
