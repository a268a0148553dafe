import json
import sentry_sdk
from langchain_core.tools import tool


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


@tool
def multiply(a: int, b: int) -> int:
    """Multiply two numbers."""
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool multiply") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "multiply")
        span.set_data("gen_ai.tool.description", "Multiply two numbers.")
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"a": a, "b": b}) if _sentry_records_ai_content("inputs") else None)
        _sentry_output = a * b
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output


@tool("web_search", description="Search the web for a query.")
def search(query: str) -> list:
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool web_search") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "web_search")
        span.set_data("gen_ai.tool.description", "Search the web for a query.")
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"query": query}) if _sentry_records_ai_content("inputs") else None)
        results = []
        for source in ("a", "b"):
            results.append(f"{source}: {query}")
        _sentry_output = results
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output
