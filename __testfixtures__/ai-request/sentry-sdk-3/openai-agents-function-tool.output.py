import json
import sentry_sdk
from agents import Agent, RunContextWrapper, function_tool
from agents.decorators import tool


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


def _sentry_records_ai_content(kind):
    """Whether the app's Sentry settings allow AI prompts ("inputs") or responses ("outputs") in spans."""
    try:
        return bool(sentry_sdk.get_client().options["data_collection"]["gen_ai"][kind])
    except Exception:
        return False


@function_tool
def get_weather(city: str, unit: str = "celsius") -> str:
    """Get the current weather for a city.

    Args:
        city: The city to look up.
        unit: celsius or fahrenheit.
    """
    with sentry_sdk.start_span(name="execute_tool get_weather", attributes={"sentry.op": "gen_ai.execute_tool", "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_weather", "gen_ai.tool.description": "Get the current weather for a city."}) as span:
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"city": city, "unit": unit}) if _sentry_records_ai_content("inputs") else None)
        if not city:
            _sentry_output = "unknown"
            _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
            return _sentry_output
        reading = f"22 degrees {unit} in {city}"
        _sentry_output = reading
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output


@function_tool(name_override="fetch_user", description_override="Load a user profile.")
async def load_user(ctx: RunContextWrapper[dict], user_id: int) -> dict:
    with sentry_sdk.start_span(name="execute_tool fetch_user", attributes={"sentry.op": "gen_ai.execute_tool", "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "fetch_user", "gen_ai.tool.description": "Load a user profile."}) as span:
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"user_id": user_id}) if _sentry_records_ai_content("inputs") else None)
        if user_id < 0: _sentry_output = {}; _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None); return _sentry_output
        _sentry_output = await ctx.context["db"].get(user_id)
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output


@tool
def add(a: int, b: int) -> int:
    with sentry_sdk.start_span(name="execute_tool add", attributes={"sentry.op": "gen_ai.execute_tool", "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "add"}) as span:
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"a": a, "b": b}) if _sentry_records_ai_content("inputs") else None)
        _sentry_output = a + b
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output


@function_tool
def countdown(n: int):
    """Counts down."""
    while n:
        yield n
        n -= 1


agent = Agent(name="Weather", tools=[get_weather, load_user, add, countdown])
