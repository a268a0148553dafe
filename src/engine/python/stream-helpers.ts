import { spanEnding, type SentryApi } from "./sentry-api";

/**
 * The helper behind a `stream=True` span (see StatementPlan.stream): `_sentry_stream(span, lambda: <call>,
 * <collector>())` makes the call and observes the stream it returns. An SDK stream object whose iteration
 * reads one of `inPlace` (data of the SDK, e.g. openai's `Stream._iterator`) is observed in place, so the
 * object the app gets, its type, `for`, `next()`, `with stream:` and `close()` stay the SDK's; any other
 * iterator (a generator, litellm's `CustomStreamWrapper`) is handed back as a generator yielding the same
 * chunks. The span is the current one while the call runs (the SDK's HTTP span nests under it) and ends
 * with the stream.
 */
export function streamHelperLines(
  inPlace: string[],
  api: SentryApi,
  /** Response content the collectors return: recorded only when `gate("outputs")` allows it, or (no gate) never. */
  outputs?: { keys: string[]; gate?: string },
): string[] {
  const attributes = `(${inPlace.map((attribute) => JSON.stringify(attribute)).join(", ")}${inPlace.length === 1 ? "," : ""})`;
  const ending = spanEnding(api, "self.span");
  const set = "_sentry_set(self.span, key, value)";
  const content =
    outputs &&
    (outputs.keys.length === 1
      ? `!= ${JSON.stringify(outputs.keys[0])}`
      : `not in (${outputs.keys.map((key) => JSON.stringify(key)).join(", ")})`);
  const record = outputs
    ? [
        `                if key ${content}${outputs.gate ? ` or ${outputs.gate}("outputs")` : ""}:`,
        `                    ${set}`,
      ]
    : [`                ${set}`];
  return [
    "class _SentryStream:",
    `    """Ends a span when an SDK stream is done: read to the end, failed, closed (\`with stream:\`, \`close()\`)`,
    '    or dropped after a `break` (its generator is closed then, at once in CPython). Never raises into the app."""',
    "",
    `    in_place = ${attributes}  # SDK stream objects' attribute that their iteration reads: observed in place`,
    "",
    "    def __init__(self, span, collect):",
    "        self.span, self.collect = span, collect",
    "",
    "    def finish(self, failed):",
    `        if ${ending.ended}:`,
    "            return",
    "        try:",
    "            for key, value in self.collect.data().items():",
    ...record,
    "        except Exception:",
    "            pass",
    "        if failed:",
    `            ${ending.fail}`,
    `        ${ending.end}`,
    "",
    "    def current(self, span):",
    '        """Makes `span` the current span (as `with span:` does, without ending it); returns the one before."""',
    "        try:",
    `            scope = ${api.module}.get_current_scope()`,
    "            previous, scope.span = scope.span, span",
    "            return previous",
    "        except Exception:",
    "            return None",
    "",
    "    def add(self, chunk):",
    "        try:",
    "            self.collect.add(chunk)",
    "        except Exception:",
    "            pass",
    "",
    "    def observe(self, chunks):",
    "        failed = False",
    "        try:",
    "            for chunk in chunks:",
    "                self.add(chunk)",
    "                yield chunk",
    "        except GeneratorExit:",
    "            raise",
    "        except BaseException:",
    "            failed = True",
    "            raise",
    "        finally:",
    "            self.finish(failed)",
    "",
    "    async def observe_async(self, chunks):",
    "        failed = False",
    "        try:",
    "            async for chunk in chunks:",
    "                self.add(chunk)",
    "                yield chunk",
    "        except GeneratorExit:",
    "            raise",
    "        except BaseException:",
    "            failed = True",
    "            raise",
    "        finally:",
    "            self.finish(failed)",
    "",
    "    def iterate(self, chunks, awaited):",
    '        """The same chunks, observed: `async for` when the call was awaited or the stream has no `for`."""',
    '        if hasattr(chunks, "__aiter__") and (awaited or not hasattr(chunks, "__iter__")):',
    "            return self.observe_async(chunks)",
    '        if hasattr(chunks, "__iter__"):',
    "            return self.observe(chunks)",
    "        self.finish(False)  # not a stream this knows: end now rather than never",
    "        return chunks",
    "",
    "    def wrap(self, stream, awaited=False):",
    '        """The SDK\'s stream object with its iterator observed in place, else an iterator of the same chunks."""',
    "        for attribute in self.in_place:",
    "            if getattr(stream, attribute, None) is not None:",
    "                setattr(stream, attribute, self.iterate(getattr(stream, attribute), False))",
    "                return stream",
    "        return self.iterate(stream, awaited)",
    "",
    "",
    "def _sentry_stream(span, request, collect):",
    '    """request() (an SDK call that streams), its stream observed; a failed call ends the span with an error."""',
    "    observer = _SentryStream(span, collect)",
    "    previous = observer.current(span)  # the SDK's own spans (HTTP) nest under it",
    "    try:",
    "        stream = request()",
    "    except BaseException:",
    "        observer.finish(True)",
    "        raise",
    "    finally:",
    "        observer.current(previous)",
    "    return observer.wrap(stream)",
    "",
    "",
    "async def _sentry_stream_async(span, request, collect):",
    '    """await request() (an async SDK call that streams), its stream observed, as _sentry_stream."""',
    "    observer = _SentryStream(span, collect)",
    "    previous = observer.current(span)",
    "    try:",
    "        stream = await request()",
    "    except BaseException:",
    "        observer.finish(True)",
    "        raise",
    "    finally:",
    "        observer.current(previous)",
    "    return observer.wrap(stream, awaited=True)",
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
