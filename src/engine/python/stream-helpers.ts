import { OUTPUT_CONTENT_ATTRIBUTES } from "../../core/conventions";
import { spanEnding, type SentryApi } from "./sentry-api";

/**
 * The helpers behind a `stream=True` span (see StatementPlan.stream): `_sentry_stream(span, lambda: <call>,
 * <collector>())` makes the call and observes the stream it returns. An SDK stream object whose iteration
 * reads one of the collector's `in_place` attributes (SDK data in the collector's class, e.g. openai's
 * `Stream._iterator`) is observed in place, so the object the app gets, its type, `for`, `next()`,
 * `with stream:` and `close()` stay the SDK's; any other iterator (a generator, litellm's
 * `CustomStreamWrapper`) is handed back as a generator yielding the same chunks. The span is the current one
 * while the call runs (the SDK's HTTP span nests under it) and ends with the stream: read to the end, failed,
 * closed, or dropped after a `break` (its generator is closed then, at once in CPython). Each is a
 * module-level function of a few lines; none raises into the app. Their text depends on the options only,
 * never on which SDKs' streams the file had when they were written: a stream call added later (an openai
 * stream in a file that had only litellm's) is served by the helpers already there.
 */
export interface StreamHelperNeeds {
  /** A stream call of the file is awaited: `_sentry_stream_async` is added too. */
  awaited: boolean;
  /** Response content the collectors return: recorded only when `gate("outputs")` allows it, or (no gate) never. */
  outputs?: { keys: string[]; gate?: string };
}

/** The stream plumbing a file needs, by name, in the order the file gets it (4-space indentation). */
export function streamHelpers(needs: StreamHelperNeeds, api: SentryApi): Array<{ name: string; lines: string[] }> {
  const helpers = [
    { name: "_sentry_current", lines: currentSpanLines(api) },
    { name: "_sentry_stream_end", lines: streamEndLines(api, needs.outputs) },
    { name: "_sentry_observe", lines: observeLines(false) },
    { name: "_sentry_observe_async", lines: observeLines(true) },
    { name: "_sentry_observed_chunks", lines: chunksLines() },
    { name: "_sentry_observed_stream", lines: inPlaceLines() },
    { name: "_sentry_stream", lines: entryLines(false) },
  ];
  if (needs.awaited) helpers.push({ name: "_sentry_stream_async", lines: entryLines(true) });
  return helpers;
}

/** The current-span switch: the span is current while the call runs, without `with span:` ending it. */
function currentSpanLines(api: SentryApi): string[] {
  return [
    "def _sentry_current(span):",
    '    """Makes `span` the current span (as `with span:` does, without ending it); returns the one before."""',
    "    try:",
    `        scope = ${api.module}.get_current_scope()`,
    "        previous, scope.span = scope.span, span",
    "        return previous",
    "    except Exception:",
    "        return None",
  ];
}

/** Every response content key a collector may return (it returns response data), whichever the file has. */
export const STREAM_CONTENT_KEYS = [...OUTPUT_CONTENT_ATTRIBUTES]
  .filter((key) => key.startsWith("gen_ai.response."))
  .sort();

/** `key not in (...)`: the data `_sentry_stream_end` records only when the outputs gate allows it. */
export function streamOutputsTest(keys: string[]): string {
  return keys.length === 1
    ? `if key != ${JSON.stringify(keys[0])}`
    : `if key not in (${keys.map((key) => JSON.stringify(key)).join(", ")})`;
}

function streamEndLines(api: SentryApi, outputs: StreamHelperNeeds["outputs"]): string[] {
  const ending = spanEnding(api, "span");
  const set = "_sentry_set(span, key, value)";
  const record = outputs
    ? [
        `        ${streamOutputsTest(outputs.keys)}${outputs.gate ? ` or ${outputs.gate}("outputs")` : ""}:`,
        `            ${set}`,
      ]
    : [`        ${set}`];
  return [
    "def _sentry_stream_end(span, collect, failed):",
    '    """Ends a stream\'s span once: what its collector gathered, and an error status when the stream failed."""',
    `    if ${ending.ended}:`,
    "        return",
    '    for key, value in (_sentry_call(collect, "data") or {}).items():',
    ...record,
    "    if failed:",
    `        ${ending.fail}`,
    `    ${ending.end}`,
  ];
}

/** A generator of the same chunks, each shown to the collector; closing it (`break`, `close()`) is no failure. */
function observeLines(isAsync: boolean): string[] {
  const [def, loop] = isAsync ? ["async def", "async for"] : ["def", "for"];
  return [
    `${def} _sentry_observe${isAsync ? "_async" : ""}(chunks, span, collect):`,
    `    """Yields the chunks${isAsync ? " (`async for`)" : ""}, each added to the collector; the span ends when they end, fail or are closed."""`,
    "    try:",
    `        ${loop} chunk in chunks:`,
    '            _sentry_call(collect, "add", chunk)',
    "            yield chunk",
    "    except BaseException as error:",
    "        _sentry_stream_end(span, collect, not isinstance(error, GeneratorExit))",
    "        raise",
    "    _sentry_stream_end(span, collect, False)",
  ];
}

function chunksLines(): string[] {
  return [
    "def _sentry_observed_chunks(chunks, span, collect, awaited=False):",
    '    """The same chunks, observed: `async for` when the call was awaited or the stream has no `for`."""',
    '    if hasattr(chunks, "__aiter__") and (awaited or not hasattr(chunks, "__iter__")):',
    "        return _sentry_observe_async(chunks, span, collect)",
    '    if hasattr(chunks, "__iter__"):',
    "        return _sentry_observe(chunks, span, collect)",
    "    _sentry_stream_end(span, collect, False)  # not a stream this knows: end now rather than never",
    "    return chunks",
  ];
}

/** In place when the collector names the attribute its SDK's stream object iterates (`in_place = ("_iterator",)`). */
function inPlaceLines(): string[] {
  return [
    "def _sentry_observed_stream(stream, span, collect, awaited=False):",
    '    """The SDK\'s stream object with its iterator (the collector\'s `in_place`) observed in place, else the same chunks."""',
    '    for attribute in getattr(collect, "in_place", ()):',
    "        if getattr(stream, attribute, None) is not None:",
    "            setattr(stream, attribute, _sentry_observed_chunks(getattr(stream, attribute), span, collect))",
    "            return stream",
    "    return _sentry_observed_chunks(stream, span, collect, awaited)",
  ];
}

/** `_sentry_stream` / `_sentry_stream_async`: the call made with the span current; a failed call ends the span. */
function entryLines(isAsync: boolean): string[] {
  return [
    isAsync ? "async def _sentry_stream_async(span, request, collect):" : "def _sentry_stream(span, request, collect):",
    isAsync
      ? '    """await request() (an async SDK call that streams), its stream observed, as _sentry_stream."""'
      : '    """request() (an SDK call that streams), its stream observed; a failed call ends the span with an error."""',
    "    previous = _sentry_current(span)  # the SDK's own spans (HTTP) nest under it",
    "    try:",
    `        stream = ${isAsync ? "await " : ""}request()`,
    "    except BaseException:",
    "        _sentry_stream_end(span, collect, True)",
    "        raise",
    "    finally:",
    "        _sentry_current(previous)",
    `    return _sentry_observed_stream(stream, span, collect${isAsync ? ", awaited=True" : ""})`,
  ];
}

/**
 * The base of the SDKs' chunk collectors (`class _SentryAnthropicEvents(_SentryChunks):`): running totals per
 * choice, and `data()`, the span's response data at the end. A collector's `add(chunk)` fills them in;
 * `token_keys` names its usage fields, or it overrides `tokens()`.
 */
export const CHUNKS_BASE = "_SentryChunks";

export function chunksBaseLines(): string[] {
  return [
    "class _SentryChunks:",
    '    """What a stream\'s chunks add up to: text and finish reason per choice, usage; add(chunk) is the SDK\'s."""',
    "",
    '    token_keys = ("input_tokens", "output_tokens", "total_tokens")',
    "",
    "    def __init__(self):",
    "        self.texts, self.finish_reasons, self.model, self.id, self.usage = {}, {}, None, None, {}",
    "",
    "    def append(self, text, index=0):",
    "        if text:",
    '            self.texts[index] = self.texts.get(index, "") + text',
    "",
    "    def tokens(self):",
    "        return [_sentry_field(self.usage, key) for key in self.token_keys]",
    "",
    "    def data(self):",
    "        input_tokens, output_tokens, total_tokens = self.tokens()",
    "        return {",
    '            "gen_ai.response.model": self.model,',
    '            "gen_ai.response.id": self.id,',
    '            "gen_ai.response.text": _sentry_json([self.texts[i] for i in sorted(self.texts)]),',
    '            "gen_ai.response.finish_reasons": _sentry_json([self.finish_reasons[i] for i in sorted(self.finish_reasons)]),',
    '            "gen_ai.usage.input_tokens": input_tokens,',
    '            "gen_ai.usage.output_tokens": output_tokens,',
    '            "gen_ai.usage.total_tokens": total_tokens,',
    "        }",
  ];
}

/**
 * `with _sentry_stream_block(span, <manager call>, <recorder>) as stream:`: enters the SDK's stream manager and
 * hands its stream to the block unchanged; on exit (read to the end, returned early, raised) `record` reads
 * the stream's own snapshot. The enclosing `with start_span(...)` ends the span. `async with` gets
 * `_sentry_stream_block_async`, the same with the manager's `__aenter__` / `__aexit__` awaited.
 */
export function streamBlockHelperLines(async = false): string[] {
  const [name, kind, enter, exit, wait] = async
    ? ["_sentry_stream_block_async", "async stream manager for the `async with`", "__aenter__", "__aexit__", "await "]
    : ["_sentry_stream_block", "stream manager for the block", "__enter__", "__exit__", ""];
  const def = async ? "async def" : "def";
  return [
    `class ${name}:`,
    `    """Enters an SDK ${kind}; records what the stream accumulated when the block exits."""`,
    "",
    "    def __init__(self, span, manager, record):",
    "        self.span, self.manager, self.record = span, manager, record",
    "",
    `    ${def} ${enter}(self):`,
    `        self.stream = ${wait}self.manager.${enter}()`,
    "        return self.stream",
    "",
    `    ${def} ${exit}(self, exc_type, exc, tb):`,
    "        try:",
    "            self.record(self.span, self.stream)",
    "        except Exception:",
    "            pass",
    `        return ${wait}self.manager.${exit}(exc_type, exc, tb)`,
  ];
}

/** Python written with 4-space indentation, in the file's indentation unit and line breaks. */
export function reindent(lines: string[], unit: string, newline: string): string {
  return lines
    .map((line) => {
      const match = /^((?: {4})*)(.*)$/.exec(line)!;
      return match[2] ? unit.repeat(match[1].length / 4) + match[2] : "";
    })
    .join(newline);
}
