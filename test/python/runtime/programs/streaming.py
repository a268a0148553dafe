"""stream=True on openai (sync and async) and anthropic: read to the end, left with `break`, and a stream
that fails half-way; the SDKs' stream managers (`with client....stream(...) as stream:`)."""
import os

from anthropic import Anthropic
from openai import AsyncOpenAI, OpenAI

client = OpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0)
async_client = AsyncOpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0)
claude = Anthropic(base_url=os.environ["MOCK_LLM_URL"], api_key="test-key", max_retries=0)


def chat(question):
    stream = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
        stream=True,
        stream_options={"include_usage": True},
    )
    text = ""
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    return text


def first_chunk(question):
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}], stream=True)
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            break
    return "stopped"


def broken(question):
    stream = client.chat.completions.create(model="error-midstream-model", messages=[{"role": "user", "content": question}], stream=True)
    try:
        for chunk in stream:
            pass
    except Exception as error:
        return type(error).__name__
    return "no error"


async def chat_async(question):
    stream = await async_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}], stream=True)
    text = ""
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    return text


def claude_text(question):
    events = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=64, messages=[{"role": "user", "content": question}], stream=True)
    text = ""
    for event in events:
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            text += event.delta.text
    return text


def completion_block(question):
    with client.chat.completions.stream(model="gpt-4o", messages=[{"role": "user", "content": question}]) as stream:
        return stream.get_final_completion().choices[0].message.content


def claude_block(question):
    with claude.messages.stream(model="claude-3-5-haiku-latest", max_tokens=64, messages=[{"role": "user", "content": question}]) as stream:
        for text in stream.text_stream:
            return text  # leaves after the first text: the span records what had arrived


async def main(base_url):
    return {
        "chat": chat("Stream hello"),
        "first": first_chunk("Stream and stop"),
        "broken": broken("Stream and fail"),
        "async": await chat_async("Async stream"),
        "claude": claude_text("Stream Claude"),
        "completion_block": completion_block("Manager hello"),
        "claude_block": claude_block("Manager Claude"),
    }
