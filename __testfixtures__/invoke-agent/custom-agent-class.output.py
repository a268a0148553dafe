"""A hand-written agent loop."""
import json
import sentry_sdk
from pydantic_ai import Agent


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


class ResearchAgent:
    """Plans, searches and writes."""

    def __init__(self, llm):
        self.llm = llm

    def run(self, task: str, max_steps: int = 5) -> str:
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent ResearchAgent") as span:
            span.set_data("gen_ai.operation.name", "invoke_agent")
            span.set_data("gen_ai.agent.name", "ResearchAgent")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json({"task": task, "max_steps": max_steps}) if _sentry_records_ai_content("inputs") else None)
            notes = []
            for step in range(max_steps):
                note = self.llm(task, notes)
                if note is None:
                    _sentry_output = "\n".join(notes)
                    _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True) if _sentry_records_ai_content("outputs") else None)
                    return _sentry_output
                notes.append(note)
            _sentry_output = "\n".join(notes)
            _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True) if _sentry_records_ai_content("outputs") else None)
            return _sentry_output


class WriterAgent(Agent):
    def run(self, prompt):
        return super().run(prompt)


class Helper:
    def run(self):
        return 1
