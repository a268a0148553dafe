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


assistant = Agent(name="Assistant", instructions="You only respond in haikus.", model="gpt-4.1")


async def main(question):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Assistant") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "Assistant")
        span.set_data("gen_ai.request.model", "gpt-4.1")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        result = await Runner.run(assistant, question)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(result, "final_output"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(result, "context_wrapper", "usage", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(result, "context_wrapper", "usage", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(result, "context_wrapper", "usage", "total_tokens"))
    print(result.final_output)


def run_sync(agent: Agent, question):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name=f"invoke_agent {agent.name}") as span:
        span.set_data("gen_ai.operation.name", "invoke_agent")
        _sentry_set(span, "gen_ai.agent.name", agent.name)
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        result = Runner.run_sync(agent, input=question, max_turns=3)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(result, "final_output"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(result, "context_wrapper", "usage", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(result, "context_wrapper", "usage", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(result, "context_wrapper", "usage", "total_tokens"))
    return result.final_output


async def streamed(question):
    result = Runner.run_streamed(assistant, question)
    async for event in result.stream_events():
        print(event)


if __name__ == "__main__":
    asyncio.run(main("Tell me about recursion."))
