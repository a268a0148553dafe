import json
import sentry_sdk
from langchain_core.tools import tool


def _sentry_json(value, as_list=False):
    """Span data as a JSON string; None for None or anything that cannot be serialised. Never raises."""
    def default(item):
        dump = getattr(item, "model_dump", None)
        return dump() if callable(dump) else str(item)

    if value is None:
        return None
    if as_list and not isinstance(value, (list, tuple)):
        value = [value]
    try:
        return json.dumps(value, default=default)
    except Exception:
        return None


def _sentry_set(span, key, value):
    """span.set_data for a value read at run time; skipped when it is None."""
    if value is not None:
        span.set_data(key, value)


@tool
def multiply(a: int, b: int) -> int:
    """Multiply two numbers."""
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool multiply") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "multiply")
        span.set_data("gen_ai.tool.description", "Multiply two numbers.")
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"a": a, "b": b}))
        _sentry_output = a * b
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output))
        return _sentry_output


@tool("web_search", description="Search the web for a query.")
def search(query: str) -> list:
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool web_search") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "web_search")
        span.set_data("gen_ai.tool.description", "Search the web for a query.")
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"query": query}))
        results = []
        for source in ("a", "b"):
            results.append(f"{source}: {query}")
        _sentry_output = results
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output))
        return _sentry_output
