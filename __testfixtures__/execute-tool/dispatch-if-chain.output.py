import json
import sentry_sdk
from .weather import get_weather


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


def search(query):
    return [query]


def execute_tool(name: str, arguments: dict):
    if name == "get_weather":
        with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool get_weather") as span:
            span.set_data("gen_ai.operation.name", "execute_tool")
            span.set_data("gen_ai.tool.name", "get_weather")
            _sentry_set(span, "gen_ai.tool.input", _sentry_json(arguments["city"]))
            _sentry_output = get_weather(arguments["city"])
            _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output))
        return _sentry_output
    elif name == "search":
        with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool search") as span:
            span.set_data("gen_ai.operation.name", "execute_tool")
            span.set_data("gen_ai.tool.name", "search")
            _sentry_set(span, "gen_ai.tool.input", _sentry_json({"query": arguments["query"]}))
            hits = search(query=arguments["query"])
            _sentry_set(span, "gen_ai.tool.output", _sentry_json(hits))
        return hits
    raise ValueError(f"unknown tool {name}")


def dispatch(tool_name, payload):
    match tool_name:
        case "search":
            with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool search") as span:
                span.set_data("gen_ai.operation.name", "execute_tool")
                span.set_data("gen_ai.tool.name", "search")
                _sentry_set(span, "gen_ai.tool.input", _sentry_json(payload))
                found = search(payload)
                _sentry_set(span, "gen_ai.tool.output", _sentry_json(found))
            return found
    return None
