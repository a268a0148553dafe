# Anthropic: with_raw_response calls (anthropic-quickstarts' computer-use loop) return the raw HTTP response;
# the span reads the message through its cached parse(). An async client's raw parse() is a coroutine in
# anthropic 2.x, so its raw calls are left alone, as is a streamed raw response.
from anthropic import Anthropic, AsyncAnthropic

client = Anthropic()
async_client = AsyncAnthropic()


def ask(messages):
    raw = client.beta.messages.with_raw_response.create(
        max_tokens=1024,
        messages=messages,
        model="claude-sonnet-4-5",
        betas=["computer-use-2025-01-24"],
    )
    print(raw.http_response.status_code)
    return raw.parse()


def ask_plain(question):
    raw = client.messages.with_raw_response.create(
        max_tokens=256, model="claude-haiku-4-5", messages=[{"role": "user", "content": question}]
    )
    return raw.parse().content[0].text


async def ask_async(question):
    raw = await async_client.messages.with_raw_response.create(
        max_tokens=256, model="claude-haiku-4-5", messages=[{"role": "user", "content": question}]
    )
    return (await raw.parse()).content[0].text


class Recorder:
    class messages:
        class with_raw_response:
            @staticmethod
            def create(**kwargs):
                return kwargs


def not_anthropic():
    return Recorder().messages.with_raw_response.create(model="claude-haiku-4-5", messages=[])
