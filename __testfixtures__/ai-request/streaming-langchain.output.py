import json
import sentry_sdk
from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI


def _sentry_field(value, *steps):
    """value.a.b, value["a"]["b"] for dicts, value[0] for an int step; None when a step is missing."""
    try:
        for step in steps:
            if isinstance(step, int):
                value = value[step]
            else:
                value = value.get(step) if isinstance(value, dict) else getattr(value, step, None)
        return value
    except Exception:
        return None


def _sentry_each(value):
    """The items of a list or tuple; none for anything else (None, a missing field)."""
    return value if isinstance(value, (list, tuple)) else ()


def _sentry_call(value, method, *args):
    """value.method(*args), or None when it is missing or raises."""
    try:
        return getattr(value, method)(*args)
    except Exception:
        return None


def _sentry_json(value, as_list=False, text_as_is=False):
    """Span data as JSON; None for None, an empty or all-None list, or what cannot be serialised."""
    if text_as_is and isinstance(value, str):
        return value
    items = value if isinstance(value, (list, tuple)) else [value]
    if all(item is None for item in items):
        return None
    try:
        return json.dumps(items if as_list else value, default=lambda item: item.model_dump() if hasattr(item, "model_dump") else str(item))
    except Exception:
        return None


def _sentry_set(span, key, value):
    """span.set_data for a value read at run time; skipped when it is None."""
    if value is not None:
        span.set_data(key, value)


def _sentry_sum(*values):
    """Add token counts, ignoring missing ones; None when all are missing."""
    numbers = [value for value in values if isinstance(value, (int, float))]
    return sum(numbers) if numbers else None


def _sentry_records_ai_content(kind):
    """Whether the app's Sentry settings allow AI prompts ("inputs") or responses ("outputs") in spans."""
    try:
        client = sentry_sdk.get_client() if hasattr(sentry_sdk, "get_client") else sentry_sdk.Hub.current.client
        collection = client.options.get("data_collection")
        if isinstance(collection, dict) and (collection.get("provided_by_user") or "send_default_pii" not in client.options):
            return bool((collection.get("gen_ai") or {}).get(kind, True))
        return bool(client.options.get("send_default_pii"))
    except Exception:
        return False


def _sentry_current(span):
    """Makes `span` the current span (as `with span:` does, without ending it); returns the one before."""
    try:
        scope = sentry_sdk.get_current_scope()
        previous, scope.span = scope.span, span
        return previous
    except Exception:
        return None


def _sentry_stream_end(span, collect, failed):
    """Ends a stream's span once: what its collector gathered, and an error status when the stream failed."""
    if span.timestamp is not None:
        return
    for key, value in (_sentry_call(collect, "data") or {}).items():
        if key not in ("gen_ai.response.text", "gen_ai.response.tool_calls") or _sentry_records_ai_content("outputs"):
            _sentry_set(span, key, value)
    if failed:
        span.set_status("internal_error")
    span.finish()


def _sentry_observe(chunks, span, collect):
    """Yields the chunks, each added to the collector; the span ends when they end, fail or are closed."""
    try:
        for chunk in chunks:
            _sentry_call(collect, "add", chunk)
            yield chunk
    except BaseException as error:
        _sentry_stream_end(span, collect, not isinstance(error, GeneratorExit))
        raise
    _sentry_stream_end(span, collect, False)


async def _sentry_observe_async(chunks, span, collect):
    """Yields the chunks (`async for`), each added to the collector; the span ends when they end, fail or are closed."""
    try:
        async for chunk in chunks:
            _sentry_call(collect, "add", chunk)
            yield chunk
    except BaseException as error:
        _sentry_stream_end(span, collect, not isinstance(error, GeneratorExit))
        raise
    _sentry_stream_end(span, collect, False)


def _sentry_observed_chunks(chunks, span, collect, awaited=False):
    """The same chunks, observed: `async for` when the call was awaited or the stream has no `for`."""
    if hasattr(chunks, "__aiter__") and (awaited or not hasattr(chunks, "__iter__")):
        return _sentry_observe_async(chunks, span, collect)
    if hasattr(chunks, "__iter__"):
        return _sentry_observe(chunks, span, collect)
    _sentry_stream_end(span, collect, False)  # not a stream this knows: end now rather than never
    return chunks


def _sentry_observed_stream(stream, span, collect, awaited=False):
    """The SDK's stream object with its iterator (the collector's `in_place`) observed in place, else the same chunks."""
    for attribute in getattr(collect, "in_place", ()):
        if getattr(stream, attribute, None) is not None:
            setattr(stream, attribute, _sentry_observed_chunks(getattr(stream, attribute), span, collect))
            return stream
    return _sentry_observed_chunks(stream, span, collect, awaited)


def _sentry_stream(span, request, collect):
    """request() (an SDK call that streams), its stream observed; a failed call ends the span with an error."""
    previous = _sentry_current(span)  # the SDK's own spans (HTTP) nest under it
    try:
        stream = request()
    except BaseException:
        _sentry_stream_end(span, collect, True)
        raise
    finally:
        _sentry_current(previous)
    return _sentry_observed_stream(stream, span, collect)


class _SentryChunks:
    """What a stream's chunks add up to: text and finish reason per choice, usage; add(chunk) is the SDK's."""

    token_keys = ("input_tokens", "output_tokens", "total_tokens")

    def __init__(self):
        self.texts, self.finish_reasons, self.model, self.id, self.usage = {}, {}, None, None, {}

    def append(self, text, index=0):
        if text:
            self.texts[index] = self.texts.get(index, "") + text

    def tokens(self):
        return [_sentry_field(self.usage, key) for key in self.token_keys]

    def data(self):
        input_tokens, output_tokens, total_tokens = self.tokens()
        return {
            "gen_ai.response.model": self.model,
            "gen_ai.response.id": self.id,
            "gen_ai.response.text": _sentry_json([self.texts[i] for i in sorted(self.texts)]),
            "gen_ai.response.finish_reasons": _sentry_json([self.finish_reasons[i] for i in sorted(self.finish_reasons)]),
            "gen_ai.usage.input_tokens": input_tokens,
            "gen_ai.usage.output_tokens": output_tokens,
            "gen_ai.usage.total_tokens": total_tokens,
        }


class _SentryLangChainChunks(_SentryChunks):
    """LangChain chat model stream chunks (AIMessageChunk): the text joined, usage_metadata summed."""

    def add(self, chunk):
        content = _sentry_field(chunk, "content")
        blocks = [content] if isinstance(content, str) else [_sentry_field(block, "text") for block in _sentry_each(content)]
        self.append("".join(text for text in blocks if isinstance(text, str)))
        metadata = _sentry_field(chunk, "response_metadata")
        self.model = _sentry_field(metadata, "model_name") or self.model
        self.id = _sentry_field(metadata, "id") or self.id
        self.finish_reasons[0] = _sentry_field(metadata, "finish_reason") or _sentry_field(metadata, "stop_reason") or self.finish_reasons.get(0)
        for key in self.token_keys:
            self.usage[key] = _sentry_sum(self.usage.get(key), _sentry_field(chunk, "usage_metadata", key))


llm = ChatOpenAI(model="gpt-4o", stream_usage=True)
claude = ChatAnthropic(model="claude-3-5-haiku-latest")


def stream_answer(question):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "openai")
    span.set_data("gen_ai.request.model", "gpt-4o")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    for chunk in _sentry_stream(span, lambda: llm.stream(question), _SentryLangChainChunks()):
        print(chunk.content, end="")


async def stream_answer_async(messages):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat claude-3-5-haiku-latest")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "anthropic")
    span.set_data("gen_ai.request.model", "claude-3-5-haiku-latest")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    async for chunk in _sentry_stream(span, lambda: claude.astream(messages), _SentryLangChainChunks()):
        print(chunk.content, end="")


def stream_assigned(messages):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "openai")
    span.set_data("gen_ai.request.model", "gpt-4o")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    chunks = _sentry_stream(span, lambda: llm.stream(messages), _SentryLangChainChunks())
    return "".join(chunk.content for chunk in chunks)


async def stream_events(messages):
    # v1 events: another format, left for manual work
    async for event in llm.astream_events(messages, version="v1"):
        print(event)


def stream_structured(messages, schema):
    for partial in llm.with_structured_output(schema).stream(messages):
        print(partial)
