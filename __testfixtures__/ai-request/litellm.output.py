import json
import sentry_sdk
import litellm
from litellm import acompletion, completion


def _sentry_get(value, path):
    """Read a path such as "choices[].message.content" from an SDK result: attributes or keys, [0] an
    index, [] every item, [type=text] / [?text] the items that match, name() a call. None when missing or
    empty; never raises."""
    def field(item, name):
        if name.endswith("()"):
            method = getattr(item, name[:-2], None)
            return method() if callable(method) else None
        return item.get(name) if isinstance(item, dict) else getattr(item, name, None)

    try:
        items, many = [value], False
        for step in path.replace("[", ".[").split("."):
            if step == "[]":
                items, many = [e for item in items for e in (item or [])], True
            elif step.startswith("[?"):
                items, many = [e for item in items for e in (item or []) if field(e, step[2:-1]) is not None], True
            elif step.startswith("[") and "=" in step:
                key, _, wanted = step[1:-1].partition("=")
                items, many = [e for item in items for e in (item or []) if field(e, key) == wanted], True
            elif step.startswith("["):
                items = [item[int(step[1:-1])] for item in items]
            elif step:
                items = [field(item, step) for item in items]
            items = [item for item in items if item is not None]
        return (items or None) if many else (items[0] if items else None)
    except Exception:
        return None


def _sentry_json(value, as_list=False, text_as_is=False):
    """Span data as a JSON string; None for None, an empty or all-None list, or anything that cannot be
    serialised. text_as_is keeps a str as it is. Never raises."""
    def default(item):
        dump = getattr(item, "model_dump", None)
        return dump() if callable(dump) else str(item)

    if value is None:
        return None
    if text_as_is and isinstance(value, str):
        return value
    if as_list and not isinstance(value, (list, tuple)):
        value = [value]
    if isinstance(value, (list, tuple)) and all(item is None for item in value):
        return None
    try:
        return json.dumps(value, default=default)
    except Exception:
        return None


def _sentry_set(span, key, value):
    """span.set_data for a value read at run time; skipped when it is None."""
    if value is not None:
        span.set_data(key, value)


def sync_call(messages):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat anthropic/claude-3-haiku-20240307") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "anthropic")
        span.set_data("gen_ai.request.model", "anthropic/claude-3-haiku-20240307")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages))
        response = completion("anthropic/claude-3-haiku-20240307", messages)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_get(response, "choices[].message.content")))
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_get(response, "choices[0].message.tool_calls")))
        _sentry_set(span, "gen_ai.response.model", _sentry_get(response, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_get(response, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_get(response, "choices[].finish_reason")))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_get(response, "usage.prompt_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_get(response, "usage.completion_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_get(response, "usage.total_tokens"))
    return response


async def async_call(messages):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o-mini") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o-mini")
        span.set_data("gen_ai.request.temperature", 0)
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages))
        response = await acompletion(model="gpt-4o-mini", messages=messages, temperature=0)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_get(response, "choices[].message.content")))
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_get(response, "choices[0].message.tool_calls")))
        _sentry_set(span, "gen_ai.response.model", _sentry_get(response, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_get(response, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_get(response, "choices[].finish_reason")))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_get(response, "usage.prompt_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_get(response, "usage.completion_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_get(response, "usage.total_tokens"))
    return response


def module_call(messages):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gemini/gemini-1.5-flash") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "gcp.gemini")
        span.set_data("gen_ai.request.model", "gemini/gemini-1.5-flash")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages))
        response = litellm.completion(model="gemini/gemini-1.5-flash", messages=messages)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_get(response, "choices[].message.content")))
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_get(response, "choices[0].message.tool_calls")))
        _sentry_set(span, "gen_ai.response.model", _sentry_get(response, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_get(response, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_get(response, "choices[].finish_reason")))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_get(response, "usage.prompt_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_get(response, "usage.completion_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_get(response, "usage.total_tokens"))
    return response
