import * as path from "node:path";

type Prettier = typeof import("prettier");
let prettier: Prettier | undefined;

/**
 * Formats a changed file with the project's own prettier setup, when the project has a prettier config
 * and does not ignore the file. Returns the text unchanged otherwise (or when prettier cannot parse it).
 */
export async function formatWithProjectPrettier(file: string, text: string): Promise<string> {
  prettier ??= await import("prettier");
  const absolute = path.resolve(file);
  const configFile = await prettier.resolveConfigFile(absolute);
  if (!configFile) return text;
  const info = await prettier.getFileInfo(absolute, {
    ignorePath: path.join(path.dirname(configFile), ".prettierignore"),
  });
  if (info.ignored || !info.inferredParser) return text;
  const options = (await prettier.resolveConfig(absolute, { editorconfig: true })) ?? {};
  try {
    return await prettier.format(text, { ...options, filepath: absolute });
  } catch {
    return text;
  }
}
