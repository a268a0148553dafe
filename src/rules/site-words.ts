import { spanIdentity, type ConventionsName, type SpanKind } from "../core/conventions";
import type { Site } from "../core/types";

/** How the site rules' messages speak of a site, so all of them say it alike. */
export interface SiteWords {
  /** `LLM call \`openai.chat.completions.create\`` */
  what: string;
  /** The op its span takes: `gen_ai.chat`. */
  op: string;
  /** The span's name: the engine's when it knows the subject (`chat gpt-4o`), else the form (`chat <model>`). */
  spanName: string;
  /** ` (<the engine's reason>)`, or "" when it gave none. */
  because: string;
}

const KIND_WORDS: Record<SpanKind, string> = {
  "ai-request": "LLM call",
  "invoke-agent": "Agent run",
  "execute-tool": "Tool function",
  handoff: "Handoff",
};

const SUBJECT_PLACEHOLDERS: Record<SpanKind, string> = {
  "ai-request": "<model>",
  "invoke-agent": "<agent name>",
  "execute-tool": "<tool name>",
  handoff: "from <agent> to <agent>",
};

export function siteWords(site: Site, conventions: ConventionsName): SiteWords {
  const { op, namePrefix } = spanIdentity(site.operation, conventions);
  return {
    what: `${KIND_WORDS[site.kind]} \`${site.callee}\``,
    op,
    spanName: site.spanName ?? `${namePrefix} ${SUBJECT_PLACEHOLDERS[site.kind]}`,
    because: site.reason ? ` (${site.reason})` : "",
  };
}
