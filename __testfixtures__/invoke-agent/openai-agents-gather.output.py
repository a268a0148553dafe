"""openai-agents: runs passed on as coroutines (`asyncio.gather`, `create_task`) are awaited in a span each."""
import json
import sentry_sdk
import asyncio

from agents import Agent, Runner


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


async def _sentry_coroutine_in_span(coro, op, name, data, read):
    """Awaits coro (a call passed on, not awaited where it is made) in its own span: data first, read(result) after."""
    with sentry_sdk.new_scope(), sentry_sdk.start_span(op=op, name=name) as span:
        for key, value in data.items():
            _sentry_set(span, key, value)
        result = await coro
        for key, value in read(result).items():
            _sentry_set(span, key, value)
        return result


spanish = Agent(name="Spanish", instructions="You only speak Spanish.", model="gpt-4o-mini")
french = Agent(name="French", instructions="You only speak French.", model="gpt-4o-mini")


async def translate(text):
    es, fr = await asyncio.gather(_sentry_coroutine_in_span(Runner.run(spanish, text), "gen_ai.invoke_agent", "invoke_agent Spanish", {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "Spanish", "gen_ai.request.model": "gpt-4o-mini", "gen_ai.request.messages": _sentry_json(_sentry_user_messages(text)) if _sentry_records_ai_content("inputs") else None}, lambda result: {"gen_ai.response.text": _sentry_json(_sentry_field(result, "final_output"), as_list=True) if _sentry_records_ai_content("outputs") else None, "gen_ai.usage.input_tokens": _sentry_field(result, "context_wrapper", "usage", "input_tokens"), "gen_ai.usage.output_tokens": _sentry_field(result, "context_wrapper", "usage", "output_tokens"), "gen_ai.usage.total_tokens": _sentry_field(result, "context_wrapper", "usage", "total_tokens")}), _sentry_coroutine_in_span(Runner.run(french, input=text), "gen_ai.invoke_agent", "invoke_agent French", {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "French", "gen_ai.request.model": "gpt-4o-mini", "gen_ai.request.messages": _sentry_json(_sentry_user_messages(text)) if _sentry_records_ai_content("inputs") else None}, lambda result: {"gen_ai.response.text": _sentry_json(_sentry_field(result, "final_output"), as_list=True) if _sentry_records_ai_content("outputs") else None, "gen_ai.usage.input_tokens": _sentry_field(result, "context_wrapper", "usage", "input_tokens"), "gen_ai.usage.output_tokens": _sentry_field(result, "context_wrapper", "usage", "output_tokens"), "gen_ai.usage.total_tokens": _sentry_field(result, "context_wrapper", "usage", "total_tokens")}))
    return es.final_output, fr.final_output


async def background(agent: Agent, text):
    task = asyncio.create_task(_sentry_coroutine_in_span(Runner.run(agent, text.strip()), "gen_ai.invoke_agent", f"invoke_agent {agent.name}", {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": agent.name}, lambda result: {"gen_ai.response.text": _sentry_json(_sentry_field(result, "final_output"), as_list=True) if _sentry_records_ai_content("outputs") else None, "gen_ai.usage.input_tokens": _sentry_field(result, "context_wrapper", "usage", "input_tokens"), "gen_ai.usage.output_tokens": _sentry_field(result, "context_wrapper", "usage", "output_tokens"), "gen_ai.usage.total_tokens": _sentry_field(result, "context_wrapper", "usage", "total_tokens")}))
    return await task
