"""Stub of the anthropic client surface: a message with text, a tool call and cache usage."""
from model import Model

CALLS = []


class _Messages:
    def create(self, **kwargs):
        CALLS.append(kwargs)
        return Model(
            id="msg_1",
            model="claude-3-5-sonnet-20241022",
            stop_reason="tool_use",
            content=[
                Model(type="text", text="Let me check."),
                Model(type="tool_use", id="toolu_1", name="get_weather", input={"city": "Paris"}),
            ],
            usage=Model(input_tokens=100, output_tokens=30, cache_read_input_tokens=20, cache_creation_input_tokens=5),
        )


class Anthropic:
    def __init__(self, **kwargs):
        self.messages = _Messages()


AsyncAnthropic = Anthropic
