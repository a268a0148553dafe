import json
import sentry_sdk
from langchain.agents import create_agent
from langchain.tools import tool


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
def lookup(city: str) -> str:
    """Look up a city."""
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool lookup") as span:
        span.set_data("gen_ai.operation.name", "execute_tool")
        span.set_data("gen_ai.tool.name", "lookup")
        span.set_data("gen_ai.tool.description", "Look up a city.")
        _sentry_set(span, "gen_ai.tool.input", _sentry_json({"city": city}) if _sentry_records_ai_content("inputs") else None)
        _sentry_output = city.upper()
        _sentry_set(span, "gen_ai.tool.output", _sentry_json(_sentry_output) if _sentry_records_ai_content("outputs") else None)
        return _sentry_output


agent = create_agent(model="openai:gpt-4o", tools=[lookup], system_prompt="Be helpful.", name="city_helper")


def ask(question):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent city_helper") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "city_helper")
        span.set_data("gen_ai.request.model", "gpt-4o")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
        state = agent.invoke({"messages": [{"role": "user", "content": question}]})
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(state, "messages", -1, "content"), as_list=True) if _sentry_records_ai_content("outputs") else None)
    return state["messages"][-1].content


async def ask_async(question):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent city_helper") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "city_helper")
        span.set_data("gen_ai.request.model", "gpt-4o")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
        _sentry_result = await agent.ainvoke({"messages": [{"role": "user", "content": question}]})
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(_sentry_result, "messages", -1, "content"), as_list=True) if _sentry_records_ai_content("outputs") else None)
    return _sentry_result
