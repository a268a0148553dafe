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


class RouterAgent:
    def __init__(self, llm, name="Router Agent"):
        self.llm = llm
        self.name = name

    def run(self, task):
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Router Agent") as span:
            span.set_data("gen_ai.operation.name", "invoke_agent")
            span.set_data("gen_ai.agent.name", "Router Agent")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json({"task": task}))
            _sentry_output = self.llm(task)
            _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True))
            return _sentry_output


class SupportAgent:
    name: str = "Support Desk"

    async def arun(self, question):
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Support Desk") as span:
            span.set_data("gen_ai.operation.name", "invoke_agent")
            span.set_data("gen_ai.agent.name", "Support Desk")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json({"question": question}))
            _sentry_output = f"answer to {question}"
            _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True))
            return _sentry_output


class PlainAgent:
    label = "not a name"

    def run(self, task):
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent PlainAgent") as span:
            span.set_data("gen_ai.operation.name", "invoke_agent")
            span.set_data("gen_ai.agent.name", "PlainAgent")
            _sentry_set(span, "gen_ai.request.messages", _sentry_json({"task": task}))
            _sentry_output = task
            _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_output, as_list=True))
            return _sentry_output
