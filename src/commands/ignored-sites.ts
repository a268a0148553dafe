import type { FileInput, Language } from "../core/types";
import { languageOf } from "../engine/engine";
import { IGNORE_MARKER, isSuppressed, parseIgnoreComments } from "../rules/ignore-comments";

/**
 * What `check` suppresses, `instrument` leaves alone: a site whose `missing-span` finding the file's ignore
 * comments suppress is not wrapped (so the comment stays used, not reported as `unused-ignore`). The comments are
 * read from the text being rewritten, so later passes over rewritten text see them where they moved.
 */
export function leftAloneByIgnoreComments(filePath: string): FileInput["leftAlone"] {
  const language: Language | undefined = languageOf(filePath);
  if (!language) return undefined;
  let parsedText: string | undefined;
  let comments: ReturnType<typeof parseIgnoreComments> = [];
  return (text, at) => {
    if (!text.includes(IGNORE_MARKER)) return false;
    if (text !== parsedText) {
      comments = parseIgnoreComments(text, language, filePath);
      parsedText = text;
    }
    return isSuppressed(comments, "missing-span", at);
  };
}
