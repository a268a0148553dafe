import json
import sentry_sdk
import anthropic


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
    """span.set_attribute for a value read at run time; skipped when it is None."""
    if value is not None:
        span.set_attribute(key, value)


def _sentry_sum(*values):
    """Add token counts, ignoring missing ones; None when all are missing."""
    numbers = [value for value in values if isinstance(value, (int, float))]
    return sum(numbers) if numbers else None


def _sentry_records_ai_content(kind):
    """Whether the app's Sentry settings allow AI prompts ("inputs") or responses ("outputs") in spans."""
    try:
        return bool(sentry_sdk.get_client().options["data_collection"]["gen_ai"][kind])
    except Exception:
        return False


client = anthropic.Anthropic()


def chat(messages, tools):
    with sentry_sdk.start_span(name="chat claude-3-5-sonnet-20241022", attributes={"sentry.op": "gen_ai.chat", "gen_ai.operation.name": "chat", "gen_ai.system": "anthropic", "gen_ai.request.model": "claude-3-5-sonnet-20241022", "gen_ai.request.max_tokens": 1024}) as span:
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
        _sentry_set(span, "gen_ai.system_instructions", "You are a helpful assistant." if _sentry_records_ai_content("inputs") else None)
        _sentry_set(span, "gen_ai.request.available_tools", _sentry_json(tools))
        message = client.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=1024,
            system="You are a helpful assistant.",
            messages=messages,
            tools=tools,
        )
        _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(item, "text") for item in _sentry_each(_sentry_field(message, "content")) if _sentry_field(item, "type") == "text"]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([item for item in _sentry_each(_sentry_field(message, "content")) if _sentry_field(item, "type") == "tool_use"]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(message, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(message, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(message, "stop_reason"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_sum(_sentry_field(message, "usage", "input_tokens"), _sentry_field(message, "usage", "cache_read_input_tokens"), _sentry_field(message, "usage", "cache_creation_input_tokens")))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(message, "usage", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_sum(_sentry_field(message, "usage", "input_tokens"), _sentry_field(message, "usage", "cache_read_input_tokens"), _sentry_field(message, "usage", "cache_creation_input_tokens"), _sentry_field(message, "usage", "output_tokens")))
    return message
