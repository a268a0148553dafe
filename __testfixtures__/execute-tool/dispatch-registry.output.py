import sentry_sdk
import json


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


def get_weather(city):
    return {"city": city, "temp": 22}


def get_time(zone):
    return "12:00"


TOOLS = {"get_weather": get_weather, "get_time": get_time}


def run_tool_calls(tool_calls):
    results = []
    for call in tool_calls:
        args = json.loads(call.function.arguments)
        with sentry_sdk.start_span(op="gen_ai.execute_tool", name=f"execute_tool {call.function.name}") as span:
            span.set_data("gen_ai.operation.name", "execute_tool")
            _sentry_set(span, "gen_ai.tool.name", call.function.name)
            _sentry_set(span, "gen_ai.tool.input", _sentry_json(args) if _sentry_records_ai_content("inputs") else None)
            output = TOOLS[call.function.name](**args)
            _sentry_set(span, "gen_ai.tool.output", _sentry_json(output) if _sentry_records_ai_content("outputs") else None)
        results.append({"tool_call_id": call.id, "content": json.dumps(output)})
    return results


def run_one(name, args):
    handler = TOOLS.get(name)
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name=f"execute_tool {name}") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        _sentry_set(span, "gen_ai.tool.name", name)
        _sentry_set(span, "gen_ai.tool.input", _sentry_json(args) if _sentry_records_ai_content("inputs") else None)
        _sentry_output = handler(**args)
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
    return _sentry_output
