// Not a LlamaIndex tool: a `tool` helper of the project itself.
import { tool } from "./tool-helper";

export const greet = tool({ name: "greet", execute: (name: string) => `hello ${name}` });
