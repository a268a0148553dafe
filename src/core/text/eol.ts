const BOM = "\uFEFF";

/**
 * The engine edits by splicing, so untouched bytes (CRLF included) survive as they are; only the text it
 * writes needs the file's line ending. The BOM is set aside so parser offsets start at the first character.
 */
export function splitBom(raw: string): { bom: boolean; text: string } {
  return raw.startsWith(BOM) ? { bom: true, text: raw.slice(1) } : { bom: false, text: raw };
}

export function joinBom(bom: boolean, text: string): string {
  return bom ? BOM + text : text;
}

/** The file's line ending: the first one found, LF for a one-line file. */
export function detectEol(text: string): "\n" | "\r\n" {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}
