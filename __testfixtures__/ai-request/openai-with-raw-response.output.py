# OpenAI: with_raw_response calls return the raw HTTP response; the span reads the response through its
# cached parse(). A streamed raw response is left for manual work.
import json
import sentry_sdk
from openai import AsyncOpenAI, OpenAI


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


client = OpenAI()
async_client = AsyncOpenAI()


def ask(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o-mini") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o-mini")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
        raw = client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": question}],
        )
        _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(choice, "message", "content") for choice in _sentry_each(_sentry_field(_sentry_call(raw, "parse"), "choices"))]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(_sentry_call(raw, "parse"), "choices", 0, "message", "tool_calls")) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(_sentry_call(raw, "parse"), "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(_sentry_call(raw, "parse"), "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json([_sentry_field(choice, "finish_reason") for choice in _sentry_each(_sentry_field(_sentry_call(raw, "parse"), "choices"))]))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(_sentry_call(raw, "parse"), "usage", "prompt_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(_sentry_call(raw, "parse"), "usage", "completion_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(_sentry_call(raw, "parse"), "usage", "total_tokens"))
    print(raw.headers.get("x-request-id"))
    return raw.parse().choices[0].message.content


async def embed(text):
    with sentry_sdk.start_span(op="gen_ai.embeddings", name="embeddings text-embedding-3-small") as span:
        span.set_data("gen_ai.operation.name", "embeddings")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "text-embedding-3-small")
        _sentry_set(span, "gen_ai.embeddings.input", _sentry_json(text) if _sentry_records_ai_content("inputs") else None)
        raw = await async_client.embeddings.with_raw_response.create(model="text-embedding-3-small", input=text)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(_sentry_call(raw, "parse"), "model"))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(_sentry_call(raw, "parse"), "usage", "prompt_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(_sentry_call(raw, "parse"), "usage", "total_tokens"))
    return raw.parse().data[0].embedding


def stream(question):
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    return raw.parse()
