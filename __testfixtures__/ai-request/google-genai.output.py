import json
import sentry_sdk
from google import genai
from google.genai import types


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


client = genai.Client()


def generate(prompt):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gemini-2.0-flash") as span:
        _sentry_config = types.GenerateContentConfig(system_instruction="Be brief.")
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "gcp.gemini")
        span.set_data("gen_ai.request.model", "gemini-2.0-flash")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(prompt) if _sentry_records_ai_content("inputs") else None)
        _sentry_set(span, "gen_ai.system_instructions", _sentry_json(_sentry_field(_sentry_config, "system_instruction"), text_as_is=True) if _sentry_records_ai_content("inputs") else None)
        _sentry_set(span, "gen_ai.request.available_tools", _sentry_json(_sentry_field(_sentry_config, "tools")))
        response = client.models.generate_content(
            model="gemini-2.0-flash",
            contents=prompt,
            config=_sentry_config,
        )
        _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(part, "text") for part in _sentry_each(_sentry_field(response, "candidates", 0, "content", "parts")) if _sentry_field(part, "text") is not None]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([_sentry_field(part, "function_call") for part in _sentry_each(_sentry_field(response, "candidates", 0, "content", "parts")) if _sentry_field(part, "function_call") is not None]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(response, "model_version"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(response, "response_id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json([_sentry_field(candidate, "finish_reason") for candidate in _sentry_each(_sentry_field(response, "candidates"))]))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(response, "usage_metadata", "prompt_token_count"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(response, "usage_metadata", "candidates_token_count"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(response, "usage_metadata", "total_token_count"))
    return response.text


async def generate_async(prompt):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gemini-2.0-flash") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "gcp.gemini")
        span.set_data("gen_ai.request.model", "gemini-2.0-flash")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(prompt) if _sentry_records_ai_content("inputs") else None)
        response = await client.aio.models.generate_content(model="gemini-2.0-flash", contents=prompt)
        _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(part, "text") for part in _sentry_each(_sentry_field(response, "candidates", 0, "content", "parts")) if _sentry_field(part, "text") is not None]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([_sentry_field(part, "function_call") for part in _sentry_each(_sentry_field(response, "candidates", 0, "content", "parts")) if _sentry_field(part, "function_call") is not None]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(response, "model_version"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(response, "response_id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json([_sentry_field(candidate, "finish_reason") for candidate in _sentry_each(_sentry_field(response, "candidates"))]))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(response, "usage_metadata", "prompt_token_count"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(response, "usage_metadata", "candidates_token_count"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(response, "usage_metadata", "total_token_count"))
    return response.text


def embed(text):
    with sentry_sdk.start_span(op="gen_ai.embeddings", name="embeddings text-embedding-004") as span:
        span.set_data("gen_ai.operation.name", "embeddings")
        span.set_data("gen_ai.system", "gcp.gemini")
        span.set_data("gen_ai.request.model", "text-embedding-004")
        _sentry_set(span, "gen_ai.embeddings.input", _sentry_json(text) if _sentry_records_ai_content("inputs") else None)
        return client.models.embed_content(model="text-embedding-004", contents=text)
