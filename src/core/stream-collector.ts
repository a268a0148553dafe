// The two types a stream collector and the span plumbing share. Like the collectors
// (src/sdks/<sdk>/stream-collectors.ts) and the span plumbing (src/engine/javascript/streaming/runtime-helpers.ts),
// these declarations are copied as written into the files that use them: keep them self-contained.

/** Attribute values a stream adds to its span when it ends. */
type StreamSpanAttributes = Record<string, string | number | boolean | undefined>;

/** Reads a raw stream's chunks as they pass, keeping running totals only, never the chunks. */
interface ChunkCollector<Chunk> {
  add: (chunk: Chunk) => void;
  attributes: () => StreamSpanAttributes;
}

export type { ChunkCollector, StreamSpanAttributes };
