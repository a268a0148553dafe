import json
import sentry_sdk
from typing import TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import create_react_agent


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


class State(TypedDict):
    messages: list


def respond(state: State):
    return {"messages": state["messages"] + [{"role": "assistant", "content": "ok"}]}


builder = StateGraph(State)
builder.add_node("respond", respond)
builder.add_edge(START, "respond")
builder.add_edge("respond", END)
graph = builder.compile(name="support_graph")

react = create_react_agent("openai:gpt-4o-mini", tools=[], name="react_helper")


def run_graph(messages):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent support_graph") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "support_graph")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
        final = graph.invoke({"messages": messages})
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(final, "messages", -1, "content"), as_list=True) if _sentry_records_ai_content("outputs") else None)
    return final


async def run_react(messages):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent react_helper") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "react_helper")
        span.set_data("gen_ai.request.model", "gpt-4o-mini")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
        final = await react.ainvoke({"messages": messages})
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(final, "messages", -1, "content"), as_list=True) if _sentry_records_ai_content("outputs") else None)
    for chunk in graph.stream({"messages": messages}):
        print(chunk)
    return final
