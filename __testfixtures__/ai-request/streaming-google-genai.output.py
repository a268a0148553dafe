import json
import sentry_sdk
from google import genai


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


async def _sentry_stream_async(span, request, collect):
    """await request() (an async SDK call that streams), its stream observed, as _sentry_stream."""
    previous = _sentry_current(span)  # the SDK's own spans (HTTP) nest under it
    try:
        stream = await request()
    except BaseException:
        _sentry_stream_end(span, collect, True)
        raise
    finally:
        _sentry_current(previous)
    return _sentry_observed_stream(stream, span, collect, awaited=True)


class _SentryGeminiChunks:
    """google-genai generate_content_stream chunks: text and function calls in order, the last usage_metadata."""

    def __init__(self):
        self.text, self.tool_calls, self.model, self.id, self.finish_reason, self.usage = "", [], None, None, None, None

    def add(self, chunk):
        self.model = _sentry_field(chunk, "model_version") or self.model
        self.id = _sentry_field(chunk, "response_id") or self.id
        self.usage = _sentry_field(chunk, "usage_metadata") or self.usage
        candidate = _sentry_field(chunk, "candidates", 0)
        self.finish_reason = _sentry_field(candidate, "finish_reason") or self.finish_reason
        for part in _sentry_each(_sentry_field(candidate, "content", "parts")):
            self.text += _sentry_field(part, "text") or ""
            self.tool_calls += [_sentry_field(part, "function_call")] if _sentry_field(part, "function_call") else []

    def data(self):
        return {
            "gen_ai.response.model": self.model,
            "gen_ai.response.id": self.id,
            "gen_ai.response.text": _sentry_json([self.text] if self.text else None),
            "gen_ai.response.tool_calls": _sentry_json(self.tool_calls or None),
            "gen_ai.response.finish_reasons": _sentry_json([self.finish_reason] if self.finish_reason else None),
            "gen_ai.usage.input_tokens": _sentry_field(self.usage, "prompt_token_count"),
            "gen_ai.usage.output_tokens": _sentry_field(self.usage, "candidates_token_count"),
            "gen_ai.usage.total_tokens": _sentry_field(self.usage, "total_token_count"),
        }


client = genai.Client()


def stream_text(prompt):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gemini-2.0-flash")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "gcp.gemini")
    span.set_data("gen_ai.request.model", "gemini-2.0-flash")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(prompt) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    for chunk in _sentry_stream(span, lambda: client.models.generate_content_stream(model="gemini-2.0-flash", contents=prompt), _SentryGeminiChunks()):
        print(chunk.text)


def stream_assigned(prompt):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gemini-2.5-flash")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "gcp.gemini")
    span.set_data("gen_ai.request.model", "gemini-2.5-flash")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json([prompt]) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    chunks = _sentry_stream(span, lambda: client.models.generate_content_stream(model="gemini-2.5-flash", contents=[prompt]), _SentryGeminiChunks())
    return "".join(chunk.text or "" for chunk in chunks)


async def stream_async(prompt):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gemini-2.5-pro")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "gcp.gemini")
    span.set_data("gen_ai.request.model", "gemini-2.5-pro")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(prompt) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    async for chunk in await _sentry_stream_async(span, lambda: client.aio.models.generate_content_stream(model="gemini-2.5-pro", contents=prompt), _SentryGeminiChunks()):
        print(chunk.text)


def stream_returned(prompt):
    # the stream is not assigned to a name here: the caller consumes it
    return client.models.generate_content_stream(model="gemini-2.0-flash", contents=prompt)


def chat_stream(prompt):
    chat = client.chats.create(model="gemini-2.0-flash")
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gemini-2.0-flash")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "gcp.gemini")
    span.set_data("gen_ai.request.model", "gemini-2.0-flash")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(prompt) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    for chunk in _sentry_stream(span, lambda: chat.send_message_stream(prompt), _SentryGeminiChunks()):
        print(chunk.text)
