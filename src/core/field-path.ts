/**
 * A path into a request or response object, in a small language the emitters compile into safe reads:
 *   `usage.prompt_tokens`          property reads (emitted with optional chaining)
 *   `choices[0].message`           an index
 *   `choices[].message.content`    map over an array
 *   `content[type=text].text`      keep the elements whose `type` is "text", then map
 *   `parts[?text].text`            keep the elements whose `text` is set, then map
 * A list inside a list is flattened: `output[type=message].content[type=output_text].text` is every text part
 * of every message.
 */
export type FieldPath = string;

/** One step of a FieldPath (see FieldPath above for the notation). */
export type PathSegment =
  | { type: "property"; name: string }
  | { type: "index"; index: number }
  | { type: "map" }
  | { type: "filterEquals"; field: string; value: string }
  | { type: "filterPresent"; field: string };

const TOKEN = /\[\]|\[(\d+)\]|\[\?([A-Za-z_$][\w$]*)\]|\[([A-Za-z_$][\w$]*)=([^\]]+)\]|([^.[\]]+)/g;

export function parseFieldPath(path: FieldPath): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(TOKEN)) {
    const [token, index, presentField, equalsField, equalsValue, name] = match;
    if (token === "[]") segments.push({ type: "map" });
    else if (index !== undefined) segments.push({ type: "index", index: Number(index) });
    else if (presentField !== undefined) segments.push({ type: "filterPresent", field: presentField });
    else if (equalsField !== undefined) segments.push({ type: "filterEquals", field: equalsField, value: equalsValue });
    else if (name !== undefined) segments.push({ type: "property", name });
  }
  return segments;
}

/** True when the path yields a list (it maps or filters), so it is recorded as is rather than wrapped. */
export function yieldsList(path: FieldPath): boolean {
  return yieldsSegmentList(parseFieldPath(path));
}

export function yieldsSegmentList(segments: readonly PathSegment[]): boolean {
  return segments.some((segment) => segment.type === "map" || segment.type.startsWith("filter"));
}
