import json
import sentry_sdk
from .weather import get_weather


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


def search(query):
    return [query]


def execute_tool(name: str, arguments: dict):
    if name == "get_weather":
        with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool get_weather") as span:
            span.set_data("gen_ai.operation.name", "execute_tool")
            span.set_data("gen_ai.tool.name", "get_weather")
            _sentry_set(span, "gen_ai.tool.input", _sentry_json(arguments["city"]) if _sentry_records_ai_content("inputs") else None)
            _sentry_output = get_weather(arguments["city"])
            _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output
    elif name == "search":
        with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool search") as span:
            span.set_data("gen_ai.operation.name", "execute_tool")
            span.set_data("gen_ai.tool.name", "search")
            _sentry_set(span, "gen_ai.tool.input", _sentry_json({"query": arguments["query"]}) if _sentry_records_ai_content("inputs") else None)
            hits = search(query=arguments["query"])
            _sentry_set(span, "gen_ai.tool.output", _sentry_json(hits) if _sentry_records_ai_content("outputs") else None)
        return hits
    raise ValueError(f"unknown tool {name}")


def dispatch(tool_name, payload):
    match tool_name:
        case "search":
            with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool search") as span:
                span.set_data("gen_ai.operation.name", "execute_tool")
                span.set_data("gen_ai.tool.name", "search")
                _sentry_set(span, "gen_ai.tool.input", _sentry_json(payload) if _sentry_records_ai_content("inputs") else None)
                found = search(payload)
                _sentry_set(span, "gen_ai.tool.output", _sentry_json(found) if _sentry_records_ai_content("outputs") else None)
            return found
    return None
