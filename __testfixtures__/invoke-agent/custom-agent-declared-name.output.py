"""Hand-written agents named by their own declarations, not by their class names."""


import json
import sentry_sdk



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


class RouterAgent:
    def __init__(self, llm, name="Router Agent"):
        self.llm = llm
        self.name = name

    def run(self, task):
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Router Agent") as span:
            span.set_data("gen_ai.operation.name", "invoke_agent")
            span.set_data("gen_ai.agent.name", "Router Agent")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json({"task": task}) if _sentry_records_ai_content("inputs") else None)
            _sentry_output = self.llm(task)
            _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True) if _sentry_records_ai_content("outputs") else None)
            return _sentry_output


class SupportAgent:
    name: str = "Support Desk"

    async def arun(self, question):
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Support Desk") as span:
            span.set_data("gen_ai.operation.name", "invoke_agent")
            span.set_data("gen_ai.agent.name", "Support Desk")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json({"question": question}) if _sentry_records_ai_content("inputs") else None)
            _sentry_output = f"answer to {question}"
            _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True) if _sentry_records_ai_content("outputs") else None)
            return _sentry_output


class PlainAgent:
    label = "not a name"

    def run(self, task):
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent PlainAgent") as span:
            span.set_data("gen_ai.operation.name", "invoke_agent")
            span.set_data("gen_ai.agent.name", "PlainAgent")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json({"task": task}) if _sentry_records_ai_content("inputs") else None)
            _sentry_output = task
            _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True) if _sentry_records_ai_content("outputs") else None)
            return _sentry_output
