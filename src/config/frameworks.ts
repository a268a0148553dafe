import type { AgentClassConfig, ToolFactoryConfig } from "./types";
import { CUSTOM_AGENTS } from "../sdks/custom/agents";
import type { AgentFramework } from "../sdks/types/agents";

/**
 * The config file's `agentClasses` and `toolFactories` as agent frameworks, one per module: the finder treats
 * them exactly like the built-in ones. A config class is known by its import, not by its code, so its run is
 * read the way a project's own agent class is (the first argument is the input, the result is the response)
 * and is only awaited where the code awaits it.
 */
export function configAgentFrameworks(config: {
  agentClasses: readonly AgentClassConfig[];
  toolFactories: readonly ToolFactoryConfig[];
}): AgentFramework[] {
  const byModule = new Map<string, AgentFramework>();
  const frameworkFor = (module: string): AgentFramework => {
    let framework = byModule.get(module);
    if (!framework) {
      framework = { id: module, displayName: module, modules: [module], agents: [], tools: [] };
      byModule.set(module, framework);
    }
    return framework;
  };
  for (const agentClass of config.agentClasses) {
    frameworkFor(agentClass.module).agents!.push({
      export: agentClass.export,
      how: "construct",
      nameFields: [agentClass.nameOption],
      ...(agentClass.modelOption ? { modelField: agentClass.modelOption } : {}),
      toolsField: CUSTOM_AGENTS.toolsField,
      runMethods: agentClass.runMethods.map((method) => ({
        method,
        input: CUSTOM_AGENTS.input,
        result: CUSTOM_AGENTS.result,
        mayBeSync: true,
      })),
    });
  }
  for (const factory of config.toolFactories) {
    frameworkFor(factory.module).tools!.push({
      export: factory.export,
      how: "call",
      optionsArgument: 0,
      body: { field: factory.executeOption },
      nameField: factory.nameOption,
      descriptionField: factory.descriptionOption,
    });
  }
  return [...byModule.values()];
}
