import json
import sentry_sdk
from agents import function_tool
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


client = OpenAI()


@function_tool
def summarize(text: str) -> str:
    """Summarize a text with a smaller model."""
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool summarize") as tool_span:
        tool_span.set_data("gen_ai.operation.name", "execute_tool")
        tool_span.set_data("gen_ai.tool.name", "summarize")
        tool_span.set_data("gen_ai.tool.description", "Summarize a text with a smaller model.")
        _sentry_set(tool_span, "gen_ai.tool.input", _sentry_json({"text": text}) if _sentry_records_ai_content("inputs") else None)
        with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o-mini") as span:
            span.set_data("gen_ai.operation.name", "chat")
            span.set_data("gen_ai.system", "openai")
            span.set_data("gen_ai.request.model", "gpt-4o-mini")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": f"Summarize: {text}"}]) if _sentry_records_ai_content("inputs") else None)
            completion = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"Summarize: {text}"}],
            )
            _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(choice, "message", "content") for choice in _sentry_each(_sentry_field(completion, "choices"))]) if _sentry_records_ai_content("outputs") else None)
            _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(completion, "choices", 0, "message", "tool_calls")) if _sentry_records_ai_content("outputs") else None)
            _sentry_set(span, "gen_ai.response.model", _sentry_field(completion, "model"))
            _sentry_set(span, "gen_ai.response.id", _sentry_field(completion, "id"))
            _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json([_sentry_field(choice, "finish_reason") for choice in _sentry_each(_sentry_field(completion, "choices"))]))
            _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(completion, "usage", "prompt_tokens"))
            _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(completion, "usage", "completion_tokens"))
            _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(completion, "usage", "total_tokens"))
        _sentry_output = completion.choices[0].message.content
        _sentry_set(tool_span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output
