"""An in-house client described under `customSdks` in the config file (custom-python-sdk.config.json)."""
import json
import sentry_sdk
import acme_llm
from acme_llm import AcmeClient, AsyncAcmeClient, complete


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


def _sentry_sum(*values):
    """Add token counts, ignoring missing ones; None when all are missing."""
    numbers = [value for value in values if isinstance(value, (int, float))]
    return sum(numbers) if numbers else None


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


acme = AcmeClient(model="acme-large")
async_acme = AsyncAcmeClient()


def ask(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat acme-large") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "acme")
        span.set_data("gen_ai.request.model", "acme-large")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
        answer = acme.chat.send([{"role": "user", "content": question}])
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(answer, "reply", "text"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(answer, "meta", "model"))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(answer, "meta", "tokens", "input"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(answer, "meta", "tokens", "output"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_sum(_sentry_field(answer, "meta", "tokens", "input"), _sentry_field(answer, "meta", "tokens", "output")))
    return answer.reply.text


async def ask_async(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat acme-small") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "acme")
        span.set_data("gen_ai.request.model", "acme-small")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
        answer = await async_acme.chat.send(history=[{"role": "user", "content": question}], model="acme-small")
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(answer, "reply", "text"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(answer, "meta", "model"))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(answer, "meta", "tokens", "input"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(answer, "meta", "tokens", "output"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_sum(_sentry_field(answer, "meta", "tokens", "input"), _sentry_field(answer, "meta", "tokens", "output")))
    return answer.reply.text


def summarise(text):
    with sentry_sdk.start_span(op="gen_ai.text_completion", name="text_completion acme-small") as span:
        span.set_data("gen_ai.operation.name", "text_completion")
        span.set_data("gen_ai.system", "acme")
        span.set_data("gen_ai.request.model", "acme-small")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(f"Summarise: {text}") if _sentry_records_ai_content("inputs") else None)
        _sentry_response = complete("acme-small", f"Summarise: {text}")
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(_sentry_response, "text"), as_list=True) if _sentry_records_ai_content("outputs") else None)
    return _sentry_response.text


def summarise_through_module(text):
    with sentry_sdk.start_span(op="gen_ai.text_completion", name="text_completion acme-small") as span:
        span.set_data("gen_ai.operation.name", "text_completion")
        span.set_data("gen_ai.system", "acme")
        span.set_data("gen_ai.request.model", "acme-small")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(text) if _sentry_records_ai_content("inputs") else None)
        _sentry_response = acme_llm.complete(model="acme-small", prompt=text)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(_sentry_response, "text"), as_list=True) if _sentry_records_ai_content("outputs") else None)
    return _sentry_response.text


def stream(question):
    # streamed: left for manual work
    return acme.chat.stream([{"role": "user", "content": question}])


def look_alike(other, question):
    # not an AcmeClient: left alone
    return other.chat.send([{"role": "user", "content": question}])
