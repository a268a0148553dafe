"""Stub of the openai client surface, returning canned responses."""
from model import Model

CALLS = []
NEXT = {}


def _chat(**kwargs):
    CALLS.append(("chat", kwargs))
    if "chat" in NEXT:
        return NEXT.pop("chat")
    return Model(
        id="chatcmpl-1",
        model="gpt-4o-2024-08-06",
        choices=[Model(index=0, finish_reason="stop", message=Model(role="assistant", content="Hello!", tool_calls=None))],
        usage=Model(prompt_tokens=11, completion_tokens=7, total_tokens=18),
    )


def _response(**kwargs):
    CALLS.append(("responses", kwargs))
    return Model(id="resp_1", model="gpt-4.1-mini-2025-04-14", status="completed", output=[], output_text="Short answer.",
                 usage=Model(input_tokens=40, output_tokens=4, total_tokens=44))


class _Sync:
    def __init__(self, fn):
        self.create = fn
        self.parse = fn


class _Async:
    def __init__(self, fn):
        async def create(**kwargs):
            return fn(**kwargs)

        self.create = create
        self.parse = create


class _Chat:
    def __init__(self, wrap):
        self.completions = wrap(_chat)


class OpenAI:
    def __init__(self, **kwargs):
        self.chat = _Chat(_Sync)
        self.responses = _Sync(_response)


class AsyncOpenAI:
    def __init__(self, **kwargs):
        self.chat = _Chat(_Async)
        self.responses = _Async(_response)


AzureOpenAI = OpenAI
chat = _Chat(_Sync)
