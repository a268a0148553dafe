import json
import sentry_sdk
import random

from pydantic_ai import Agent, RunContext


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


dice_agent = Agent("openai:gpt-4o-mini", deps_type=str)


@dice_agent.tool
def player_name(ctx: RunContext[str]) -> str:
    """Get the player's name."""
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool player_name") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "player_name")
        span.set_data("gen_ai.tool.description", "Get the player's name.")
        _sentry_output = ctx.deps
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output


@dice_agent.tool_plain
def roll_die() -> str:
    """Roll a six-sided die and return the result."""
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool roll_die") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "roll_die")
        span.set_data("gen_ai.tool.description", "Roll a six-sided die and return the result.")
        _sentry_output = str(random.randint(1, 6))
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output


@dice_agent.tool(retries=2, name="lookup_score")
async def score(ctx: RunContext[str], player: str) -> int:
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool lookup_score") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "lookup_score")
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"player": player}) if _sentry_records_ai_content("inputs") else None)
        scores = {"anne": 3}
        _sentry_output = scores.get(player, 0)
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output
