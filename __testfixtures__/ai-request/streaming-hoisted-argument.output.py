import json
import sentry_sdk
from langchain_openai import ChatOpenAI
from openai import OpenAI


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


class _SentryStream:
    """Ends a span when an SDK stream is done: read to the end, failed, closed (`with stream:`, `close()`)
    or dropped after a `break` (its generator is closed then, at once in CPython). Never raises into the app."""

    in_place = ("_iterator",)  # SDK stream objects' attribute that their iteration reads: observed in place

    def __init__(self, span, collect):
        self.span, self.collect = span, collect

    def finish(self, failed):
        if self.span.timestamp is not None:
            return
        try:
            for key, value in self.collect.data().items():
                if key != "gen_ai.response.text" or _sentry_records_ai_content("outputs"):
                    _sentry_set(self.span, key, value)
        except Exception:
            pass
        if failed:
            self.span.set_status("internal_error")
        self.span.finish()

    def current(self, span):
        """Makes `span` the current span (as `with span:` does, without ending it); returns the one before."""
        try:
            scope = sentry_sdk.get_current_scope()
            previous, scope.span = scope.span, span
            return previous
        except Exception:
            return None

    def add(self, chunk):
        try:
            self.collect.add(chunk)
        except Exception:
            pass

    def observe(self, chunks):
        failed = False
        try:
            for chunk in chunks:
                self.add(chunk)
                yield chunk
        except GeneratorExit:
            raise
        except BaseException:
            failed = True
            raise
        finally:
            self.finish(failed)

    async def observe_async(self, chunks):
        failed = False
        try:
            async for chunk in chunks:
                self.add(chunk)
                yield chunk
        except GeneratorExit:
            raise
        except BaseException:
            failed = True
            raise
        finally:
            self.finish(failed)

    def iterate(self, chunks, awaited):
        """The same chunks, observed: `async for` when the call was awaited or the stream has no `for`."""
        if hasattr(chunks, "__aiter__") and (awaited or not hasattr(chunks, "__iter__")):
            return self.observe_async(chunks)
        if hasattr(chunks, "__iter__"):
            return self.observe(chunks)
        self.finish(False)  # not a stream this knows: end now rather than never
        return chunks

    def wrap(self, stream, awaited=False):
        """The SDK's stream object with its iterator observed in place, else an iterator of the same chunks."""
        for attribute in self.in_place:
            if getattr(stream, attribute, None) is not None:
                setattr(stream, attribute, self.iterate(getattr(stream, attribute), False))
                return stream
        return self.iterate(stream, awaited)


def _sentry_stream(span, request, collect):
    """request() (an SDK call that streams), its stream observed; a failed call ends the span with an error."""
    observer = _SentryStream(span, collect)
    previous = observer.current(span)  # the SDK's own spans (HTTP) nest under it
    try:
        stream = request()
    except BaseException:
        observer.finish(True)
        raise
    finally:
        observer.current(previous)
    return observer.wrap(stream)


async def _sentry_stream_async(span, request, collect):
    """await request() (an async SDK call that streams), its stream observed, as _sentry_stream."""
    observer = _SentryStream(span, collect)
    previous = observer.current(span)
    try:
        stream = await request()
    except BaseException:
        observer.finish(True)
        raise
    finally:
        observer.current(previous)
    return observer.wrap(stream, awaited=True)


class _SentryOpenAIChatChunks:
    """OpenAI-format chat completion chunks (openai, litellm): text and finish reason per choice, the usage chunk."""

    def __init__(self):
        self.texts, self.finish_reasons, self.model, self.id, self.usage = {}, {}, None, None, None

    def add(self, chunk):
        self.model = self.model or _sentry_field(chunk, "model")
        self.id = self.id or _sentry_field(chunk, "id")
        self.usage = _sentry_field(chunk, "usage") or self.usage
        for choice in _sentry_each(_sentry_field(chunk, "choices")):
            index = _sentry_field(choice, "index") or 0
            self.texts[index] = self.texts.get(index, "") + (_sentry_field(choice, "delta", "content") or "")
            self.finish_reasons[index] = _sentry_field(choice, "finish_reason") or self.finish_reasons.get(index)

    def data(self):
        return {
            "gen_ai.response.model": self.model,
            "gen_ai.response.id": self.id,
            "gen_ai.response.text": _sentry_json([self.texts[i] for i in sorted(self.texts)]),
            "gen_ai.response.finish_reasons": _sentry_json([self.finish_reasons[i] for i in sorted(self.finish_reasons)]),
            "gen_ai.usage.input_tokens": _sentry_field(self.usage, "prompt_tokens"),
            "gen_ai.usage.output_tokens": _sentry_field(self.usage, "completion_tokens"),
            "gen_ai.usage.total_tokens": _sentry_field(self.usage, "total_tokens"),
        }


class _SentryLangChainChunks:
    """LangChain chat model stream chunks (AIMessageChunk): the text joined, usage_metadata summed."""

    def __init__(self):
        self.text, self.model, self.id, self.finish_reason, self.usage = "", None, None, None, {}

    def add(self, chunk):
        content = _sentry_field(chunk, "content")
        blocks = [content] if isinstance(content, str) else [_sentry_field(block, "text") for block in _sentry_each(content)]
        self.text += "".join(text for text in blocks if isinstance(text, str))
        metadata = _sentry_field(chunk, "response_metadata")
        self.model = _sentry_field(metadata, "model_name") or self.model
        self.id = _sentry_field(metadata, "id") or self.id
        self.finish_reason = _sentry_field(metadata, "finish_reason") or _sentry_field(metadata, "stop_reason") or self.finish_reason
        for key in ("input_tokens", "output_tokens", "total_tokens"):
            self.usage[key] = _sentry_sum(self.usage.get(key), _sentry_field(chunk, "usage_metadata", key))

    def data(self):
        return {
            "gen_ai.response.model": self.model,
            "gen_ai.response.id": self.id,
            "gen_ai.response.text": _sentry_json([self.text] if self.text else None),
            "gen_ai.response.finish_reasons": _sentry_json([self.finish_reason] if self.finish_reason else None),
            "gen_ai.usage.input_tokens": self.usage.get("input_tokens"),
            "gen_ai.usage.output_tokens": self.usage.get("output_tokens"),
            "gen_ai.usage.total_tokens": self.usage.get("total_tokens"),
        }


client = OpenAI()
llm = ChatOpenAI(model="gpt-4o")


def build_messages(topic):
    return [{"role": "user", "content": f"Tell me about {topic}"}]


def stream_built(topic):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "openai")
    span.set_data("gen_ai.request.model", "gpt-4o")
    span.set_data("gen_ai.response.streaming", True)
    try:
        _sentry_messages = build_messages(topic)
    except BaseException:
        span.set_status("internal_error")
        span.finish()
        raise
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_messages) if _sentry_records_ai_content("inputs") else None)
    stream = _sentry_stream(span, lambda: client.chat.completions.create(model="gpt-4o", messages=_sentry_messages, stream=True), _SentryOpenAIChatChunks())
    for chunk in stream:
        print(chunk)


def stream_loop_built(topic):
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "openai")
    span.set_data("gen_ai.request.model", "gpt-4o")
    span.set_data("gen_ai.response.streaming", True)
    try:
        _sentry_input = build_messages(topic)
    except BaseException:
        span.set_status("internal_error")
        span.finish()
        raise
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_input) if _sentry_records_ai_content("inputs") else None)
    for chunk in _sentry_stream(span, lambda: llm.stream(
        _sentry_input,
    ), _SentryLangChainChunks()):
        print(chunk.content)


def stream_plain(messages):
    # nothing to hoist: no try block
    span = sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o")
    span.set_data("gen_ai.operation.name", "chat")
    span.set_data("gen_ai.system", "openai")
    span.set_data("gen_ai.request.model", "gpt-4o")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    stream = _sentry_stream(span, lambda: client.chat.completions.create(model="gpt-4o", messages=messages, stream=True), _SentryOpenAIChatChunks())
    for chunk in stream:
        print(chunk)
