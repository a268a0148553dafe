import json
import sentry_sdk
from openai import AsyncOpenAI, OpenAI


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
    """span.set_attribute for a value read at run time; skipped when it is None."""
    if value is not None:
        span.set_attribute(key, value)


def _sentry_records_ai_content(kind):
    """Whether the app's Sentry settings allow AI prompts ("inputs") or responses ("outputs") in spans."""
    try:
        return bool(sentry_sdk.get_client().options["data_collection"]["gen_ai"][kind])
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
    if span.end_timestamp is not None:
        return
    for key, value in (_sentry_call(collect, "data") or {}).items():
        if key not in ("gen_ai.response.text", "gen_ai.response.tool_calls") or _sentry_records_ai_content("outputs"):
            _sentry_set(span, key, value)
    if failed:
        span.status = "error"
    span.end()


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


class _SentryOpenAIChatChunks(_SentryChunks):
    """OpenAI-format chat completion chunks (openai, litellm): text and finish reason per choice, the usage chunk."""

    in_place = ("_iterator",)  # openai's Stream iterates it; litellm's CustomStreamWrapper has none
    token_keys = ("prompt_tokens", "completion_tokens", "total_tokens")

    def add(self, chunk):
        self.model = self.model or _sentry_field(chunk, "model")
        self.id = self.id or _sentry_field(chunk, "id")
        self.usage = _sentry_field(chunk, "usage") or self.usage
        for choice in _sentry_each(_sentry_field(chunk, "choices")):
            index = _sentry_field(choice, "index") or 0
            self.texts[index] = self.texts.get(index, "") + (_sentry_field(choice, "delta", "content") or "")
            self.finish_reasons[index] = _sentry_field(choice, "finish_reason") or self.finish_reasons.get(index)


class _sentry_stream_block:
    """Enters an SDK stream manager for the block; records what the stream accumulated when the block exits."""

    def __init__(self, span, manager, record):
        self.span, self.manager, self.record = span, manager, record

    def __enter__(self):
        self.stream = self.manager.__enter__()
        return self.stream

    def __exit__(self, exc_type, exc, tb):
        try:
            self.record(self.span, self.stream)
        except Exception:
            pass
        return self.manager.__exit__(exc_type, exc, tb)


class _sentry_stream_block_async:
    """Enters an SDK async stream manager for the `async with`; records what the stream accumulated when the block exits."""

    def __init__(self, span, manager, record):
        self.span, self.manager, self.record = span, manager, record

    async def __aenter__(self):
        self.stream = await self.manager.__aenter__()
        return self.stream

    async def __aexit__(self, exc_type, exc, tb):
        try:
            self.record(self.span, self.stream)
        except Exception:
            pass
        return await self.manager.__aexit__(exc_type, exc, tb)


def _sentry_record_openai_response(span, stream):
    """What the stream accumulated (`stream._state._completed_response`, else `stream._state._ResponseStreamState__current_snapshot`), read like a response."""
    snapshot = _sentry_field(stream, "_state", "_completed_response") or _sentry_field(stream, "_state", "_ResponseStreamState__current_snapshot")
    _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(item_, "text") for item in _sentry_each(_sentry_field(snapshot, "output")) if _sentry_field(item, "type") == "message" for item_ in _sentry_each(_sentry_field(item, "content")) if _sentry_field(item_, "type") == "output_text"]) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([item for item in _sentry_each(_sentry_field(snapshot, "output")) if _sentry_field(item, "type") == "function_call"]) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.model", _sentry_field(snapshot, "model"))
    _sentry_set(span, "gen_ai.response.id", _sentry_field(snapshot, "id"))
    _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(snapshot, "status"), as_list=True))
    _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(snapshot, "usage", "input_tokens"))
    _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(snapshot, "usage", "output_tokens"))
    _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(snapshot, "usage", "total_tokens"))


client = OpenAI()
async_client = AsyncOpenAI()


def build_messages(topic):
    return [{"role": "user", "content": f"Tell me about {topic}"}]


def stream_built(topic):
    span = sentry_sdk.start_span(name="chat gpt-4o", attributes={"sentry.op": "gen_ai.chat", "gen_ai.operation.name": "chat", "gen_ai.system": "openai", "gen_ai.request.model": "gpt-4o", "gen_ai.response.streaming": True}, active=False)
    try:
        _sentry_messages = build_messages(topic)
    except BaseException:
        span.status = "error"
        span.end()
        raise
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_messages) if _sentry_records_ai_content("inputs") else None)
    stream = _sentry_stream(span, lambda: client.chat.completions.create(model="gpt-4o", messages=_sentry_messages, stream=True), _SentryOpenAIChatChunks())
    for chunk in stream:
        print(chunk)


def response_text(question):
    with sentry_sdk.start_span(name="chat gpt-4.1", attributes={"sentry.op": "gen_ai.chat", "gen_ai.operation.name": "chat", "gen_ai.system": "openai", "gen_ai.request.model": "gpt-4.1", "gen_ai.response.streaming": True}) as span:
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        with _sentry_stream_block(span, client.responses.stream(model="gpt-4.1", input=question), _sentry_record_openai_response) as stream:
            return stream.get_final_response().output_text


async def response_text_async(question):
    with sentry_sdk.start_span(name="chat gpt-4.1", attributes={"sentry.op": "gen_ai.chat", "gen_ai.operation.name": "chat", "gen_ai.system": "openai", "gen_ai.request.model": "gpt-4.1", "gen_ai.response.streaming": True}) as span:
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        async with _sentry_stream_block_async(span, async_client.responses.stream(model="gpt-4.1", input=question), _sentry_record_openai_response) as stream:
            return (await stream.get_final_response()).output_text
