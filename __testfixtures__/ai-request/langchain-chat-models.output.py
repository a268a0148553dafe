import json
import sentry_sdk
from langchain.chat_models import init_chat_model
from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI


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


llm = ChatOpenAI(model="gpt-4o", temperature=0)
claude = ChatAnthropic(model="claude-3-5-haiku-latest")
generic = init_chat_model("openai:gpt-4o-mini")


def ask(messages):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
        reply = llm.invoke(messages)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(reply, "content"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(reply, "tool_calls")) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(reply, "response_metadata", "model_name"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(reply, "response_metadata", "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(reply, "response_metadata", "finish_reason"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(reply, "usage_metadata", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(reply, "usage_metadata", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(reply, "usage_metadata", "total_tokens"))
    return reply.content


async def ask_claude(messages, tools):
    bound = claude.bind_tools(tools)
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat claude-3-5-haiku-latest") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "anthropic")
        span.set_data("gen_ai.request.model", "claude-3-5-haiku-latest")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(messages) if _sentry_records_ai_content("inputs") else None)
        reply = await bound.ainvoke(messages)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(reply, "content"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(reply, "tool_calls")) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(reply, "response_metadata", "model_name"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(reply, "response_metadata", "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(reply, "response_metadata", "finish_reason"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(reply, "usage_metadata", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(reply, "usage_metadata", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(reply, "usage_metadata", "total_tokens"))
    return reply


def ask_generic(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o-mini") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o-mini")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        answer = generic.invoke(question)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(answer, "content"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(answer, "tool_calls")) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(answer, "response_metadata", "model_name"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(answer, "response_metadata", "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(answer, "response_metadata", "finish_reason"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(answer, "usage_metadata", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(answer, "usage_metadata", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(answer, "usage_metadata", "total_tokens"))
    return answer
