"""Stream managers wrapped in a `with` span: openai `responses.stream` (read to the end, its final response,
left early, failing half-way), the `async with` managers of openai chat completions, anthropic messages and
openai responses, and a stream call whose hoisted argument raises before the call."""
import os

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI, OpenAI

BASE = os.environ["MOCK_LLM_URL"]
client = OpenAI(base_url=BASE + "/v1", api_key="test-key", max_retries=0)
async_client = AsyncOpenAI(base_url=BASE + "/v1", api_key="test-key", max_retries=0)
async_claude = AsyncAnthropic(base_url=BASE, api_key="test-key", max_retries=0)


def response_events(question):
    with client.responses.stream(model="gpt-4.1", input=question) as stream:
        text = ""
        for event in stream:
            if event.type == "response.output_text.delta":
                text += event.delta
        return text


def response_final(question):
    with client.responses.stream(model="gpt-4.1-mini", input=question) as stream:
        return stream.get_final_response().output_text


def response_first(question):
    with client.responses.stream(model="gpt-4.1", input=question) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                break
    return "stopped"


def response_broken(question):
    try:
        with client.responses.stream(model="error-midstream-model", input=question) as stream:
            for event in stream:
                pass
    except Exception as error:
        return type(error).__name__
    return "no error"


async def completion_async(question):
    async with async_client.chat.completions.stream(
        model="gpt-4o", messages=[{"role": "user", "content": question}], stream_options={"include_usage": True}
    ) as stream:
        async for event in stream:
            pass
        return (await stream.get_final_completion()).choices[0].message.content


async def claude_async(question):
    async with async_claude.messages.stream(model="claude-3-5-haiku-latest", max_tokens=64, messages=[{"role": "user", "content": question}]) as stream:
        return await stream.get_final_text()


async def claude_async_first(question):
    async with async_claude.messages.stream(model="claude-3-5-haiku-latest", max_tokens=64, messages=[{"role": "user", "content": question}]) as stream:
        async for text in stream.text_stream:
            break
    return "stopped"


async def response_async(question):
    async with async_client.responses.stream(model="gpt-4.1", input=question) as stream:
        return (await stream.get_final_response()).output_text


async def response_async_broken(question):
    try:
        async with async_client.responses.stream(model="error-midstream-model", input=question) as stream:
            async for event in stream:
                pass
    except Exception as error:
        return type(error).__name__
    return "no error"


def build_messages(question):
    if not question:
        raise ValueError("no question")
    return [{"role": "user", "content": question}]


def hoisted(question):
    try:
        stream = client.chat.completions.create(model="gpt-4o-mini", messages=build_messages(question), stream=True)
        return "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    except ValueError as error:
        return str(error)


async def main(base_url):
    return {
        "response_events": response_events("Responses stream"),
        "response_final": response_final("Responses final"),
        "response_first": response_first("Responses stop"),
        "response_broken": response_broken("Responses fail"),
        "completion_async": await completion_async("Async manager"),
        "claude_async": await claude_async("Async Claude manager"),
        "claude_async_first": await claude_async_first("Async Claude stop"),
        "response_async": await response_async("Async responses"),
        "response_async_broken": await response_async_broken("Async responses fail"),
        "hoisted": hoisted("Built question"),
        "hoisted_fails": hoisted(""),
    }
