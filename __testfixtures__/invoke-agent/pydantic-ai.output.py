import json
import sentry_sdk
from pydantic_ai import Agent


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


def _sentry_call(value, method, *args):
    """value.method(*args), or None when it is missing or raises."""
    try:
        return getattr(value, method)(*args)
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


def _sentry_user_messages(value):
    """A run's input as messages: a str is the user's one message, a list the messages as given."""
    return [{"role": "user", "content": value}] if isinstance(value, str) else value


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


support_agent = Agent("openai:gpt-4o", instructions="Be concise.")
named = Agent(model="anthropic:claude-3-5-sonnet-latest", name="researcher")


async def answer(question: str) -> str:
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent support_agent") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "support_agent")
        span.set_data("gen_ai.request.model", "gpt-4o")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_user_messages(question)) if _sentry_records_ai_content("inputs") else None)
        result = await support_agent.run(question)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(result, "output"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(_sentry_call(result, "usage"), "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(_sentry_call(result, "usage"), "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(_sentry_call(result, "usage"), "total_tokens"))
    return result.output


def research(topic):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent researcher") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "researcher")
        span.set_data("gen_ai.request.model", "claude-3-5-sonnet-latest")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_user_messages(f"Research {topic}")) if _sentry_records_ai_content("inputs") else None)
        _sentry_result = named.run_sync(f"Research {topic}")
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(_sentry_result, "output"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(_sentry_call(_sentry_result, "usage"), "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(_sentry_call(_sentry_result, "usage"), "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(_sentry_call(_sentry_result, "usage"), "total_tokens"))
    return _sentry_result


async def stream(question):
    async with support_agent.run_stream(question) as response:
        return await response.get_output()
