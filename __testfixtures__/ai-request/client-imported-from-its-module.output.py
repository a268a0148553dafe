import json
import sentry_sdk
from anthropic.lib.vertex import AnthropicVertex
from openai._client import AsyncOpenAI
from openai.lib.azure import AzureOpenAI


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


azure = AzureOpenAI(api_version="2024-06-01", azure_endpoint="https://my-resource.openai.azure.com")
vertex = AnthropicVertex(region="us-east5", project_id="my-project")


def ask_azure(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat deployment-name") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "azure.ai.openai")
        span.set_data("gen_ai.request.model", "deployment-name")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
        completion = azure.chat.completions.create(
            model="deployment-name",
            messages=[{"role": "user", "content": question}],
        )
        _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(choice, "message", "content") for choice in _sentry_each(_sentry_field(completion, "choices"))]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json(_sentry_field(completion, "choices", 0, "message", "tool_calls")) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(completion, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(completion, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json([_sentry_field(choice, "finish_reason") for choice in _sentry_each(_sentry_field(completion, "choices"))]))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(completion, "usage", "prompt_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(completion, "usage", "completion_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(completion, "usage", "total_tokens"))
    return completion.choices[0].message.content


async def ask_openai(question):
    client = AsyncOpenAI()
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "openai")
        span.set_data("gen_ai.request.model", "gpt-4o")
        _sentry_set(span, "gen_ai.request.messages", _sentry_json(question) if _sentry_records_ai_content("inputs") else None)
        response = await client.responses.create(model="gpt-4o", input=question)
        _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(response, "output_text"), as_list=True) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([item for item in _sentry_each(_sentry_field(response, "output")) if _sentry_field(item, "type") == "function_call"]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(response, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(response, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(response, "status"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(response, "usage", "input_tokens"))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(response, "usage", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(response, "usage", "total_tokens"))
    return response.output_text


def ask_vertex(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat claude-sonnet-4-5") as span:
        span.set_data("gen_ai.operation.name", "chat")
        span.set_data("gen_ai.system", "gcp.vertex_ai")
        span.set_data("gen_ai.request.model", "claude-sonnet-4-5")
        span.set_data("gen_ai.request.max_tokens", 1024)
        _sentry_set(span, "gen_ai.request.messages", _sentry_json([{"role": "user", "content": question}]) if _sentry_records_ai_content("inputs") else None)
        message = vertex.messages.create(
            model="claude-sonnet-4-5", max_tokens=1024, messages=[{"role": "user", "content": question}]
        )
        _sentry_set(span, "gen_ai.response.text", _sentry_json([_sentry_field(item, "text") for item in _sentry_each(_sentry_field(message, "content")) if _sentry_field(item, "type") == "text"]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.tool_calls", _sentry_json([item for item in _sentry_each(_sentry_field(message, "content")) if _sentry_field(item, "type") == "tool_use"]) if _sentry_records_ai_content("outputs") else None)
        _sentry_set(span, "gen_ai.response.model", _sentry_field(message, "model"))
        _sentry_set(span, "gen_ai.response.id", _sentry_field(message, "id"))
        _sentry_set(span, "gen_ai.response.finish_reasons", _sentry_json(_sentry_field(message, "stop_reason"), as_list=True))
        _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_sum(_sentry_field(message, "usage", "input_tokens"), _sentry_field(message, "usage", "cache_read_input_tokens"), _sentry_field(message, "usage", "cache_creation_input_tokens")))
        _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(message, "usage", "output_tokens"))
        _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_sum(_sentry_field(message, "usage", "input_tokens"), _sentry_field(message, "usage", "cache_read_input_tokens"), _sentry_field(message, "usage", "cache_creation_input_tokens"), _sentry_field(message, "usage", "output_tokens")))
    return message.content
