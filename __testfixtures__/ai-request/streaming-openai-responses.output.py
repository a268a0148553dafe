import json
import sentry_sdk
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


def answer(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4.1") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4.1")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        span.set_data("gen_ai.response.streaming", True)
        with _sentry_stream_block(span, client.responses.stream(model="gpt-4.1", input=question), _sentry_record_openai_response) as stream:
            text = ""
            for event in stream:
                if event.type == "response.output_text.delta":
                    text += event.delta
            return text


def final_answer(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4.1-mini") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4.1-mini")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        _sentry_set(span, "gen_ai.system_instructions", "Be brief." if _sentry_records_ai_content("inputs") else None)
        span.set_data("gen_ai.response.streaming", True)
        with _sentry_stream_block(span, client.responses.stream(model="gpt-4.1-mini", input=question, instructions="Be brief."), _sentry_record_openai_response) as stream:
            return stream.get_final_response().output_text


def manager_kept(question):
    # the manager is not entered here: the block is out of sight
    manager = client.responses.stream(model="gpt-4.1", input=question)
    return manager


def answer_logged(question, log):
    # two managers in one `with`: left for manual work
    with client.responses.stream(model="gpt-4.1", input=question) as stream, open(log, "w") as out:
        out.write(stream.get_final_response().output_text)
