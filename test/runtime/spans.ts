// Reads what Sentry would have received and flattens every span into one shape.
//
// @sentry/node 11.11.0 ships spans in two ways (checked empirically, see harness.test.ts):
// - traceLifecycle "stream" (the 11.x default): no transaction at all; every span, the root
//   included (is_segment: true), goes in span-v2 container items, op in attribute `sentry.op`,
//   attributes typed as {type, value}, status "ok" | "error".
// - traceLifecycle "static": a transaction event (root = contexts.trace, children = spans[]),
//   except spans whose op starts with "gen_ai.", which are pulled out into a span-v2 item in the
//   same envelope.

export type AttributeValue = string | number | boolean | Array<string | number | boolean>;

export interface CapturedSpan {
  spanId: string;
  parentSpanId?: string;
  traceId: string;
  op?: string;
  name: string;
  status: "ok" | "error";
  /** Detail behind an error status, e.g. "internal_error". */
  statusMessage?: string;
  attributes: Record<string, AttributeValue>;
  /** Which wire shape the span arrived in. */
  shape: "transaction" | "span-v2";
  /** True for the root (segment) span. */
  isSegment: boolean;
}

export interface EnvelopeItem {
  header: { type?: string; [key: string]: unknown };
  payload: unknown;
}

export interface Envelope {
  header: Record<string, unknown>;
  items: EnvelopeItem[];
}

/** Parses Sentry's newline-delimited envelope wire format. */
export function parseEnvelope(raw: string): Envelope {
  const bytes = Buffer.from(raw, "utf8");
  let offset = 0;
  const readLine = (): string => {
    const end = bytes.indexOf(0x0a, offset);
    const line = bytes.subarray(offset, end === -1 ? bytes.length : end).toString("utf8");
    offset = end === -1 ? bytes.length : end + 1;
    return line;
  };
  const header = JSON.parse(readLine()) as Record<string, unknown>;
  const items: EnvelopeItem[] = [];
  while (offset < bytes.length) {
    const itemHeaderLine = readLine();
    if (itemHeaderLine.trim() === "") continue;
    const itemHeader = JSON.parse(itemHeaderLine) as EnvelopeItem["header"];
    let payloadText: string;
    if (typeof itemHeader.length === "number") {
      payloadText = bytes.subarray(offset, offset + itemHeader.length).toString("utf8");
      offset += itemHeader.length + 1; // payload + its trailing newline
    } else {
      payloadText = readLine();
    }
    items.push({ header: itemHeader, payload: parsePayload(payloadText) });
  }
  return { header, items };
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** All envelope items of one type (e.g. "event" for captured errors, "transaction", "span"). */
export function itemsOfType(envelopes: Envelope[], type: string): unknown[] {
  return envelopes
    .flatMap((envelope) => envelope.items.filter((item) => item.header.type === type))
    .map((item) => item.payload);
}

export function spansFromEnvelopes(envelopes: Envelope[]): CapturedSpan[] {
  return envelopes.flatMap((envelope) =>
    envelope.items.flatMap((item) => {
      if (item.header.type === "transaction") return spansOfTransaction(item.payload as TransactionPayload);
      if (item.header.type === "span") return (item.payload as SpanContainerPayload).items.map(spanOfV2Item);
      return [];
    }),
  );
}

// Wire payloads, limited to the fields read here.
interface TransactionSpanJson {
  span_id: string;
  parent_span_id?: string;
  trace_id: string;
  op?: string;
  description?: string;
  status?: string;
  data?: Record<string, unknown>;
}

interface TransactionPayload {
  transaction?: string;
  contexts?: { trace?: Omit<TransactionSpanJson, "description"> };
  spans?: TransactionSpanJson[];
}

interface SpanV2Item {
  span_id: string;
  parent_span_id?: string;
  trace_id: string;
  name: string;
  status: string;
  is_segment?: boolean;
  attributes?: Record<string, { type: string; value: unknown }>;
}

interface SpanContainerPayload {
  items: SpanV2Item[];
}

function spansOfTransaction(transaction: TransactionPayload): CapturedSpan[] {
  const trace = transaction.contexts?.trace;
  const root: CapturedSpan[] = trace
    ? [{ ...spanOfTransactionJson({ ...trace, description: transaction.transaction }), isSegment: true }]
    : [];
  return [...root, ...(transaction.spans ?? []).map(spanOfTransactionJson)];
}

function spanOfTransactionJson(span: TransactionSpanJson): CapturedSpan {
  const isOk = span.status === undefined || span.status === "ok";
  return {
    spanId: span.span_id,
    parentSpanId: span.parent_span_id,
    traceId: span.trace_id,
    op: span.op,
    name: span.description ?? "",
    status: isOk ? "ok" : "error",
    statusMessage: isOk ? undefined : span.status,
    attributes: primitiveAttributes(span.data ?? {}),
    shape: "transaction",
    isSegment: false,
  };
}

function spanOfV2Item(item: SpanV2Item): CapturedSpan {
  const attributes: Record<string, unknown> = {};
  for (const [key, typed] of Object.entries(item.attributes ?? {})) attributes[key] = typed.value;
  const normalised = primitiveAttributes(attributes);
  const op = normalised["sentry.op"];
  const statusMessage = normalised["sentry.status.message"];
  return {
    spanId: item.span_id,
    parentSpanId: item.parent_span_id,
    traceId: item.trace_id,
    op: typeof op === "string" ? op : undefined,
    name: item.name,
    status: item.status === "error" ? "error" : "ok",
    statusMessage: item.status === "error" && typeof statusMessage === "string" ? statusMessage : undefined,
    attributes: normalised,
    shape: "span-v2",
    isSegment: item.is_segment === true,
  };
}

/** Keeps attribute values as sent; anything non-primitive (never expected) is JSON-stringified. */
function primitiveAttributes(raw: Record<string, unknown>): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    attributes[key] = isAttributeValue(value) ? value : JSON.stringify(value);
  }
  return attributes;
}

function isAttributeValue(value: unknown): value is AttributeValue {
  const isPrimitive = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  return isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive));
}

// ---- Queries ----

export interface SpanFilter {
  op?: string | RegExp;
  name?: string | RegExp;
  /** Every listed attribute must be present with exactly this value. */
  attributes?: Record<string, AttributeValue>;
}

export function findSpans(spans: CapturedSpan[], filter: SpanFilter): CapturedSpan[] {
  return spans.filter(
    (span) =>
      matches(span.op, filter.op) &&
      matches(span.name, filter.name) &&
      Object.entries(filter.attributes ?? {}).every(([key, value]) => sameValue(span.attributes[key], value)),
  );
}

/** The single span matching `filter`; throws with a listing of all spans otherwise. */
export function findSpan(spans: CapturedSpan[], filter: SpanFilter): CapturedSpan {
  const found = findSpans(spans, filter);
  if (found.length !== 1) {
    throw new Error(
      `Expected exactly one span matching ${describeFilter(filter)}, found ${found.length}. Spans:\n${describeSpans(spans)}`,
    );
  }
  return found[0] as CapturedSpan;
}

/** The root span of the run (op "test", name "runtime-test", created by the runner). */
export function rootSpan(spans: CapturedSpan[]): CapturedSpan {
  return findSpan(spans, { op: "test", name: "runtime-test" });
}

export function isChildOf(child: CapturedSpan, parent: CapturedSpan): boolean {
  return child.traceId === parent.traceId && child.parentSpanId === parent.spanId;
}

export function childrenOf(spans: CapturedSpan[], parent: CapturedSpan): CapturedSpan[] {
  return spans.filter((span) => isChildOf(span, parent));
}

/** True when `ancestor` is on `span`'s parent chain (any depth). */
export function isDescendantOf(spans: CapturedSpan[], span: CapturedSpan, ancestor: CapturedSpan): boolean {
  const byId = new Map(spans.map((candidate) => [candidate.spanId, candidate]));
  for (let parentId = span.parentSpanId; parentId !== undefined; parentId = byId.get(parentId)?.parentSpanId) {
    if (parentId === ancestor.spanId) return true;
  }
  return false;
}

/** Only the `gen_ai.*` attributes, for exact comparisons that ignore Sentry's own `sentry.*` keys. */
export function genAiAttributes(span: CapturedSpan): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(span.attributes).filter(([key]) => key.startsWith("gen_ai.")));
}

export function describeSpans(spans: CapturedSpan[]): string {
  return spans
    .map(
      (span) =>
        `  ${span.spanId} <- ${span.parentSpanId ?? "(root)"} [${span.op ?? "?"}] "${span.name}" ${span.status}`,
    )
    .join("\n");
}

function matches(actual: string | undefined, expected: string | RegExp | undefined): boolean {
  if (expected === undefined) return true;
  if (actual === undefined) return false;
  return typeof expected === "string" ? actual === expected : expected.test(actual);
}

function sameValue(actual: AttributeValue | undefined, expected: AttributeValue): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function describeFilter(filter: SpanFilter): string {
  return JSON.stringify(filter, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value));
}
