/**
 * JSON with comments (`//`, `/* *\/`) and trailing commas, as tsconfig.json and VS Code settings allow. The
 * comments and trailing commas are blanked out with spaces (line breaks kept), so the text JSON.parse then reads
 * has every other character at its original offset, and its errors point at the right line:col of the file.
 */
export function blankJsoncExtras(text: string): { json: string } | { error: string; offset: number } {
  const out = text.split("");
  const blank = (from: number, to: number): void => {
    for (let index = from; index < to; index++) if (out[index] !== "\n" && out[index] !== "\r") out[index] = " ";
  };
  /** The last comma after a value, outside strings, with nothing but blanks and comments after it so far. */
  let pendingComma = -1;
  /** The last character outside strings and comments that is not a blank (`"` for a string). */
  let previous = "";
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      pendingComma = -1;
      previous = char;
      // The string's end: the next quote not escaped. An unclosed string is left for JSON.parse to report.
      for (index++; index < text.length && text[index] !== '"' && text[index] !== "\n"; index++) {
        if (text[index] === "\\") index++;
      }
    } else if (char === "/" && text[index + 1] === "/") {
      const end = text.indexOf("\n", index);
      const stop = end === -1 ? text.length : end;
      blank(index, stop);
      index = stop - 1;
    } else if (char === "/" && text[index + 1] === "*") {
      const end = text.indexOf("*/", index + 2);
      if (end === -1) return { error: "comment not closed (no */)", offset: index };
      blank(index, end + 2);
      index = end + 1;
    } else if (!/\s/.test(char)) {
      // `[1,]` loses its comma. A comma after no value (`[,]`, `[1,,]`) is an error, reported here because
      // JSON.parse does not say where its "Unexpected token ','" is.
      if (char === "," && (previous === "" || "{[,".includes(previous)))
        return { error: "Unexpected token ','", offset: index };
      if ((char === "}" || char === "]") && pendingComma !== -1) out[pendingComma] = " ";
      pendingComma = char === "," ? index : -1;
      previous = char;
    }
  }
  return { json: out.join("") };
}
