import { parseFieldPath, type PathSegment, yieldsSegmentList } from "../../core/field-path";
import type { FieldPath } from "../../sdks/types/calls";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const SINGULAR: Record<string, string> = {
  choices: "choice",
  candidates: "candidate",
  parts: "part",
  content: "block",
  output: "item",
  messages: "message",
};

function elementName(previous: PathSegment | undefined): string {
  if (previous?.type !== "property") return "item";
  const known = SINGULAR[previous.name];
  if (known) return known;
  return previous.name.endsWith("s") && previous.name.length > 3 ? previous.name.slice(0, -1) : "item";
}

/**
 * JavaScript that reads `path` from `root` without ever throwing on a missing field: every step is an
 * optional chain, lists are mapped or filtered with callbacks TypeScript can narrow (`block.type === "text"`).
 */
export function readPath(root: string, path: FieldPath, quote: string): string {
  return compile(root, parseFieldPath(path), undefined, quote);
}

function compile(root: string, segments: PathSegment[], previous: PathSegment | undefined, quote: string): string {
  let expression = root;
  let last = previous;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const rest = segments.slice(index + 1);
    switch (segment.type) {
      case "property":
        expression += IDENTIFIER.test(segment.name) ? `?.${segment.name}` : `?.[${quote}${segment.name}${quote}]`;
        break;
      case "index":
        expression += `?.[${segment.index}]`;
        break;
      case "map": {
        if (rest.length === 0) return expression;
        const element = elementName(last);
        return `${expression}?.map((${element}) => ${compile(element, rest, segment, quote)})`;
      }
      case "filterEquals":
      case "filterPresent": {
        const element = elementName(last);
        const test =
          segment.type === "filterEquals"
            ? `${element}.${segment.field} === ${quote}${segment.value}${quote}`
            : `${element}.${segment.field}`;
        if (rest.length > 0 && yieldsSegmentList(rest)) {
          // The rest is a list itself (`output[type=message].content[type=output_text].text`): flattened.
          return `${expression}?.flatMap((${element}) => (${test} ? ${compile(element, rest, segment, quote)} ?? [] : []))`;
        }
        const value = rest.length === 0 ? element : compile(element, rest, segment, quote);
        return `${expression}?.flatMap((${element}) => (${test} ? [${value}] : []))`;
      }
    }
    last = segment;
  }
  return expression;
}
