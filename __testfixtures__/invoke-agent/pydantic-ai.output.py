import json
import sentry_sdk
from pydantic_ai import Agent


def _sentry_get(value, path):
    """Read a path such as "choices[].message.content" from an SDK result: attributes or keys, [0] an
    index, [] every item, [type=text] / [?text] the items that match, name() a call. None when missing or
    empty; never raises."""
    def field(item, name):
        if name.endswith("()"):
            method = getattr(item, name[:-2], None)
            return method() if callable(method) else None
        return item.get(name) if isinstance(item, dict) else getattr(item, name, None)

    try:
        items, many = [value], False
        for step in path.replace("[", ".[").split("."):
            if step == "[]":
                items, many = [e for item in items for e in (item or [])], True
            elif step.startswith("[?"):
                items, many = [e for item in items for e in (item or []) if field(e, step[2:-1]) is not None], True
            elif step.startswith("[") and "=" in step:
                key, _, wanted = step[1:-1].partition("=")
                items, many = [e for item in items for e in (item or []) if field(e, key) == wanted], True
            elif step.startswith("["):
                items = [item[int(step[1:-1])] for item in items]
            elif step:
                items = [field(item, step) for item in items]
            items = [item for item in items if item is not None]
        return (items or None) if many else (items[0] if items else None)
    except Exception:
        return None


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


support_agent = Agent("openai:gpt-4o", instructions="Be concise.")
named = Agent(model="anthropic:claude-3-5-sonnet-latest", name="researcher")


async def answer(question: str) -> str:
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent support_agent") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "support_agent")
        span.set_data("gen_ai.request.model", "gpt-4o")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question))
        result = await support_agent.run(question)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_get(result, "output"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_get(result, "usage().input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_get(result, "usage().output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_get(result, "usage().total_tokens"))
    return result.output


def research(topic):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent researcher") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "researcher")
        span.set_data("gen_ai.request.model", "claude-3-5-sonnet-latest")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(f"Research {topic}"))
        _sentry_result = named.run_sync(f"Research {topic}")
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_get(_sentry_result, "output"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_get(_sentry_result, "usage().input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_get(_sentry_result, "usage().output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_get(_sentry_result, "usage().total_tokens"))
    return _sentry_result


async def stream(question):
    async with support_agent.run_stream(question) as response:
        return await response.get_output()
