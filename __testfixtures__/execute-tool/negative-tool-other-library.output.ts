// Negative: a `tool` identifier from another library (and a local one) is not an agent tool.
import { tool as cliTool } from "./cli-helpers";

function tool(options: { name: string; execute: () => string }) {
  return options.execute();
}

export const version = tool({ name: "version", execute: () => "1.0.0" });
export const help = cliTool({ name: "help", execute: () => "usage" });
