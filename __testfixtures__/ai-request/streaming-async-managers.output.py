import json
import sentry_sdk
from anthropic import AsyncAnthropic
from openai import AsyncOpenAI


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


def _sentry_record_openai_completion(span, stream):
    """What the stream accumulated (`stream.current_completion_snapshot`), read like a response."""
    snapshot = stream.current_completion_snapshot
    _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(choice, "message", "content") for choice in _sentry_each(_sentry_field(snapshot, "choices"))]) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(snapshot, "choices", 0, "message", "tool_calls")) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.model", _sentry_field(snapshot, "model"))
    _sentry_set(span, "gen_ai.response.id", _sentry_field(snapshot, "id"))
    _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json([_sentry_field(choice, "finish_reason") for choice in _sentry_each(_sentry_field(snapshot, "choices"))]))
    _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(snapshot, "usage", "prompt_tokens"))
    _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(snapshot, "usage", "completion_tokens"))
    _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(snapshot, "usage", "total_tokens"))


def _sentry_record_anthropic_message(span, stream):
    """What the stream accumulated (`stream.current_message_snapshot`), read like a response."""
    snapshot = stream.current_message_snapshot
    _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(item, "text") for item in _sentry_each(_sentry_field(snapshot, "content")) if _sentry_field(item, "type") == "text"]) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([item for item in _sentry_each(_sentry_field(snapshot, "content")) if _sentry_field(item, "type") == "tool_use"]) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.model", _sentry_field(snapshot, "model"))
    _sentry_set(span, "gen_ai.response.id", _sentry_field(snapshot, "id"))
    _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(snapshot, "stop_reason"), as_list=True))
    _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_sum(_sentry_field(snapshot, "usage", "input_tokens"), _sentry_field(snapshot, "usage", "cache_read_input_tokens"), _sentry_field(snapshot, "usage", "cache_creation_input_tokens")))
    _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(snapshot, "usage", "output_tokens"))
    _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_sum(_sentry_field(snapshot, "usage", "input_tokens"), _sentry_field(snapshot, "usage", "cache_read_input_tokens"), _sentry_field(snapshot, "usage", "cache_creation_input_tokens"), _sentry_field(snapshot, "usage", "output_tokens")))


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


async_client = AsyncOpenAI()
async_claude = AsyncAnthropic()


async def completion(messages):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
        span.set_data("gen_ai.response.streaming", True)
        async with _sentry_stream_block_async(span, async_client.chat.completions.stream(model="gpt-4o", messages=messages), _sentry_record_openai_completion) as stream:
            async for event in stream:
                if event.type == "content.delta":
                    print(event.delta)
            return await stream.get_final_completion()


async def claude_text(messages):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat claude-3-5-haiku-latest") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "anthropic")
        span.set_data("gen_ai.request.model", "claude-3-5-haiku-latest")
        span.set_data("gen_ai.request.max_tokens", 256)
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
        span.set_data("gen_ai.response.streaming", True)
        async with _sentry_stream_block_async(span, async_claude.messages.stream(model="claude-3-5-haiku-latest", max_tokens=256, messages=messages), _sentry_record_anthropic_message) as stream:
            return await stream.get_final_text()


async def response_text(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4.1") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4.1")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        span.set_data("gen_ai.response.streaming", True)
        async with _sentry_stream_block_async(span, async_client.responses.stream(model="gpt-4.1", input=question), _sentry_record_openai_response) as stream:
            return (await stream.get_final_response()).output_text


async def claude_logged(messages, lock):
    # two managers in one `async with`: left for manual work
    async with lock, async_claude.messages.stream(model="claude-3-5-haiku-latest", max_tokens=256, messages=messages) as stream:
        return await stream.get_final_text()
