import json
import sentry_sdk
import litellm
from litellm import acompletion, completion
from openai import OpenAI

client = OpenAI()


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
        if key != "gen_ai.response.text" or _sentry_records_ai_content("outputs"):
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
    return _sentry_observed_chunks(stream, span, collect)


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
    return _sentry_observed_chunks(stream, span, collect, awaited=True)


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

    token_keys = ("prompt_tokens", "completion_tokens", "total_tokens")

    def add(self, chunk):
        self.model = self.model or _sentry_field(chunk, "model")
        self.id = self.id or _sentry_field(chunk, "id")
        self.usage = _sentry_field(chunk, "usage") or self.usage
        for choice in _sentry_each(_sentry_field(chunk, "choices")):
            index = _sentry_field(choice, "index") or 0
            self.texts[index] = self.texts.get(index, "") + (_sentry_field(choice, "delta", "content") or "")
            self.finish_reasons[index] = _sentry_field(choice, "finish_reason") or self.finish_reasons.get(index)


def stream_reply(messages):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat openai/gpt-4o")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "openai")
    span.set_data("gen_ai.request.model", "openai/gpt-4o")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    response = _sentry_stream(span, lambda: completion(model="openai/gpt-4o", messages=messages, stream=True, stream_options={"include_usage": True}), _SentryOpenAIChatChunks())
    for chunk in response:
        print(chunk.choices[0].delta.content or "")


async def stream_reply_async(question):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat anthropic/claude-3-5-haiku-latest")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "anthropic")
    span.set_data("gen_ai.request.model", "anthropic/claude-3-5-haiku-latest")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    response = await _sentry_stream_async(span, lambda: acompletion("anthropic/claude-3-5-haiku-latest", [{"role": "user", "content": question}], stream=True), _SentryOpenAIChatChunks())
    async for chunk in response:
        print(chunk.choices[0].delta.content or "")


def stream_in_loop(messages):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o-mini")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "openai")
    span.set_data("gen_ai.request.model", "gpt-4o-mini")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    for chunk in _sentry_stream(span, lambda: litellm.completion(model="gpt-4o-mini", messages=messages, stream=True), _SentryOpenAIChatChunks()):
        print(chunk)


def stream_maybe(messages, flag):
    # not a literal True: whether it streams is only known at run time
    return completion(model="gpt-4o", messages=messages, stream=flag)

def stream_openai(messages):
    # added after the first run: its Stream must stay the SDK's object (`with stream:`, `.response`)
    stream = client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    with stream:
        for chunk in stream:
            print(chunk.choices[0].delta.content or "")


def not_an_sdk_stream(session, messages):
    # look-alike: `session` is not an SDK client, so its stream is left alone
    for chunk in session.chat.completions.create(model="gpt-4o", messages=messages, stream=True):
        print(chunk)
