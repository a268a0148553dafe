"""anthropic: a text reply, a tool call and a raw response (with_raw_response, read through its parse())."""
import os

from anthropic import Anthropic

client = Anthropic(base_url=os.environ["MOCK_LLM_URL"], api_key="test-key", max_retries=0)

WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Current weather for a city.",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


def ask(question):
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=256,
        system="You are terse.",
        messages=[{"role": "user", "content": question}],
    )
    return message.content[0].text


def ask_with_tools(question):
    message = client.messages.create(
        model="claude-tool-model",
        max_tokens=256,
        messages=[{"role": "user", "content": question}],
        tools=[WEATHER_TOOL],
    )
    return [block.model_dump() for block in message.content]


def ask_raw(question):
    raw = client.messages.with_raw_response.create(
        model="claude-raw-model", max_tokens=64, messages=[{"role": "user", "content": question}]
    )
    return {"status": raw.http_response.status_code, "text": raw.parse().content[0].text}


def failing(question):
    try:
        client.messages.create(model="error-model", max_tokens=16, messages=[{"role": "user", "content": question}])
    except Exception as error:
        return type(error).__name__
    return "no error"


def main(base_url):
    return {
        "ask": ask("Hi Claude"),
        "tools": ask_with_tools("Paris"),
        "raw": ask_raw("Raw Claude"),
        "error": failing("Break"),
    }
