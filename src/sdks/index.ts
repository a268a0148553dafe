import { anthropic } from "./anthropic";
import { bedrock } from "./bedrock";
import { cohere } from "./cohere";
import { googleGenAi, googleGenerativeAi } from "./google-genai";
import { langchain } from "./langchain";
import { mistral } from "./mistral";
import { ollama } from "./ollama";
import { groq, openai } from "./openai";
import type { ClientKind, SdkDescriptor, SdkEntry } from "./types";
import { vercelAi } from "./vercel-ai";

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
