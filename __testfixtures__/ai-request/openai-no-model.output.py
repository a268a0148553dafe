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


def _sentry_name_from_model(span, operation, model):
    """The request named no model: the response's model is recorded as the requested one and names the span."""
    if model:
        span.set_data("gen_ai.request.model", model)
        span.description = f"{operation} {model}"


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


def _sentry_record_openai_response_naming_span(span, stream):
    """What the stream accumulated (`stream._state._completed_response`, else `stream._state._ResponseStreamState__current_snapshot`), read like a response."""
    snapshot = _sentry_field(stream, "_state", "_completed_response") or _sentry_field(stream, "_state", "_ResponseStreamState__current_snapshot")
    _sentry_name_from_model(span, "chat", _sentry_field(snapshot, "model"))
    _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(item_, "text") for item in _sentry_each(_sentry_field(snapshot, "output")) if _sentry_field(item, "type") == "message" for item_ in _sentry_each(_sentry_field(item, "content")) if _sentry_field(item_, "type") == "output_text"]) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([item for item in _sentry_each(_sentry_field(snapshot, "output")) if _sentry_field(item, "type") == "function_call"]) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.response.model", _sentry_field(snapshot, "model"))
    _sentry_set(span, "gen_ai.response.id", _sentry_field(snapshot, "id"))
    _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(snapshot, "status"), as_list=True))
    _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(snapshot, "usage", "input_tokens"))
    _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(snapshot, "usage", "output_tokens"))
    _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(snapshot, "usage", "total_tokens"))


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


def resume_stream(response_id: str, cursor: int):
    # A background response resumed where the stream left off: the request names no model.
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.response.streaming", True)
        with _sentry_stream_block(span, client.responses.stream(response_id=response_id, starting_after=cursor), _sentry_record_openai_response_naming_span) as stream:
            for event in stream:
                print(event.type)
            return stream.get_final_response()


async def resume_stream_async(response_id: str):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.response.streaming", True)
        async with _sentry_stream_block_async(span, async_client.responses.stream(response_id=response_id, starting_after=10), _sentry_record_openai_response_naming_span) as stream:
            async for event in stream:
                print(event.type)


def create_from_prompt(prompt_id: str, question: str):
    # The stored prompt chooses the model.
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        response = client.responses.create(prompt={"id": prompt_id}, input=question)
        _sentry_name_from_model(span, "chat", _sentry_field(response, "model"))
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(response, "output_text"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([item for item in _sentry_each(_sentry_field(response, "output")) if _sentry_field(item, "type") == "function_call"]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(response, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(response, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(response, "status"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(response, "usage", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(response, "usage", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(response, "usage", "total_tokens"))
    return response.output_text


def with_model(question: str):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o-mini") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o-mini")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        span.set_data("gen_ai.response.streaming", True)
        with _sentry_stream_block(span, client.responses.stream(model="gpt-4o-mini", input=question), _sentry_record_openai_response) as stream:
            return stream.get_final_response()
