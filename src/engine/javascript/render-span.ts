/** Indentation and punctuation of the block being written. */
export interface BlockLayout {
  /** Indentation of the line the replaced expression starts on. */
  base: string;
  unit: string;
  eol: string;
  semicolon: string;
}

export interface RenderedAttribute {
  /** Already quoted. */
  key: string;
  code: string;
}

export interface SpanCallParts {
  sentry: string;
  op: string;
  name: string;
  attributes: RenderedAttribute[];
  spanName: string;
  /** Constants evaluated once at the top of the callback (code already re-indented). */
  hoists: Array<{ name: string; code: string }>;
  /** Attributes that read those constants. */
  lateAttributes: RenderedAttribute[];
  /** A name template that reads those constants. */
  lateName?: string;
  /** The moved call, already re-indented to the callback body. */
  call: string;
  /** Set when attributes are read from the result. */
  resultName?: string;
  /** The type the app declared for the result (`declaredResultType`), written on the callback's `const`. */
  resultType?: string;
  /** Statements between the call and the result's attributes (consts the attributes read), without semicolons. */
  resultStatements?: string[];
  resultAttributes: RenderedAttribute[];
  /** A statement run after those attributes (renaming the span from the result), without its semicolon. */
  afterResult?: string;
}

/**
 * The `Sentry.startSpan(options, async (span) => { ... })` expression, laid out the way prettier would
 * lay it out, in the file's own indentation and line endings.
 */
export function renderSpanCall(layout: BlockLayout, parts: SpanCallParts): string {
  const { base, unit, eol, semicolon } = layout;
  const one = base + unit;
  const two = one + unit;
  const three = two + unit;
  const lines = spanOptionsLines("startSpan", layout, parts);
  lines.push(`${one}async (${parts.spanName}) => {`);
  for (const hoist of parts.hoists) lines.push(`${two}const ${hoist.name} = ${hoist.code}${semicolon}`);
  if (parts.lateAttributes.length > 0) {
    lines.push(`${two}${parts.spanName}.setAttributes({`);
    for (const attribute of parts.lateAttributes) lines.push(`${three}${attribute.key}: ${attribute.code},`);
    lines.push(`${two}})${semicolon}`);
  }
  if (parts.lateName) lines.push(`${two}${parts.spanName}.updateName(${parts.lateName})${semicolon}`);
  if (parts.resultName) {
    const declared = parts.resultType ? `: ${parts.resultType}` : "";
    lines.push(`${two}const ${parts.resultName}${declared} = await ${parts.call}${semicolon}`);
    for (const statement of parts.resultStatements ?? []) lines.push(`${two}${statement}${semicolon}`);
    lines.push(`${two}${parts.spanName}.setAttributes({`);
    for (const attribute of parts.resultAttributes) lines.push(`${three}${attribute.key}: ${attribute.code},`);
    lines.push(`${two}})${semicolon}`);
    if (parts.afterResult) lines.push(`${two}${parts.afterResult}${semicolon}`);
    lines.push(`${two}return ${parts.resultName}${semicolon}`);
  } else {
    lines.push(`${two}return ${parts.call}${semicolon}`);
  }
  lines.push(`${one}},`, `${base})`);
  return lines.join(eol);
}

/**
 * `<sentry>.<method>(` and the span's options object, one property per line (`op`, `name`, then `attributes`
 * when there are any), up to its closing `},`: the head every span call the codemod writes shares.
 */
export function spanOptionsLines(
  method: "startSpan" | "startSpanManual",
  layout: Pick<BlockLayout, "base" | "unit">,
  parts: { sentry: string; op: string; name: string; attributes: RenderedAttribute[] },
): string[] {
  const one = layout.base + layout.unit;
  const two = one + layout.unit;
  return [
    `${parts.sentry}.${method}(`,
    `${one}{`,
    `${two}op: ${parts.op},`,
    `${two}name: ${parts.name},`,
    ...objectProperty(two, "attributes", parts.attributes, layout.unit),
    `${one}},`,
  ];
}

function objectProperty(indent: string, key: string, attributes: RenderedAttribute[], unit: string): string[] {
  if (attributes.length === 0) return [];
  return [
    `${indent}${key}: {`,
    ...attributes.map((attribute) => `${indent}${unit}${attribute.key}: ${attribute.code},`),
    `${indent}},`,
  ];
}

/** A `startSpan` call whose callback is already written out, from its first line to its last. */
export interface StartSpanParts {
  sentry: string;
  op: string;
  name: string;
  attributes: RenderedAttribute[];
  callback: string[];
}

/** `Sentry.startSpan(\n{ op, name, attributes },\n<callback>,\n)` in the file's layout, starting at `layout.base`. */
export function renderStartSpan(layout: BlockLayout, parts: StartSpanParts): string {
  const { base, unit, eol } = layout;
  const one = base + unit;
  const lines = spanOptionsLines("startSpan", layout, parts);
  parts.callback.forEach((line, index) => lines.push(index === 0 ? `${one}${line}` : line));
  lines[lines.length - 1] += ",";
  lines.push(`${base})`);
  return lines.join(eol);
}

/** `span.setAttributes({ ... })` as lines at `indent`; none for no attributes. */
export function setAttributesLines(
  layout: BlockLayout,
  indent: string,
  spanName: string,
  attributes: RenderedAttribute[],
): string[] {
  if (attributes.length === 0) return [];
  const entries = attributes.map((attribute) => `${indent}${layout.unit}${attribute.key}: ${attribute.code},`);
  return [`${indent}${spanName}.setAttributes({`, ...entries, `${indent}})${layout.semicolon}`];
}
