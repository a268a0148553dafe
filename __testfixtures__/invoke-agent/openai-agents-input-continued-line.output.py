import json
import sentry_sdk
from agents import Agent, Runner
from openai import OpenAI


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


def _sentry_each(value):
    """The items of a list or tuple; none for anything else (None, a missing field)."""
    return value if isinstance(value, (list, tuple)) else ()


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


first_agent = Agent(name="Assistant", instructions="Be helpful.")
client = OpenAI()


async def follow_up(result):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Assistant") as span:
        _sentry_input = (result.to_input_list()
        + [{"content": "Can you generate a random number between 0 and 100?", "role": "user"}])
        span.set_data("gen_ai.operation.name", "invoke_agent")
        span.set_data("gen_ai.agent.name", "Assistant")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_user_messages(_sentry_input)) if _sentry_records_ai_content("inputs") else None)
        result = await Runner.run(
            first_agent,
            input=_sentry_input,
        )
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(result, "final_output"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(result, "context_wrapper", "usage", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(result, "context_wrapper", "usage", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(result, "context_wrapper", "usage", "total_tokens"))
    return result.final_output


def ask(history, question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o-mini") as span:
        _sentry_messages = (history
        + [{"role": "user", "content": question}])
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o-mini")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_messages) if _sentry_records_ai_content("inputs") else None)
        response = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=_sentry_messages,  # the new turn
        )
        _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(choice, "message", "content") for choice in _sentry_each(_sentry_field(response, "choices"))]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(response, "choices", 0, "message", "tool_calls")) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(response, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(response, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json([_sentry_field(choice, "finish_reason") for choice in _sentry_each(_sentry_field(response, "choices"))]))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(response, "usage", "prompt_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(response, "usage", "completion_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(response, "usage", "total_tokens"))
    return response.choices[0].message.content
