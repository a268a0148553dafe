"""litellm stream=True: completion read to the end (usage in the last chunk, asked for with include_usage),
acompletion read with `async for`, a `for` over the call, a loop left with `break`, and streams that fail
at the call and half-way."""
import os

from litellm import acompletion, completion

API_BASE = os.environ["MOCK_LLM_URL"] + "/v1"


def chat(question):
    response = completion(
        model="openai/gpt-4o",
        messages=[{"role": "user", "content": question}],
        api_base=API_BASE,
        api_key="test-key",
        stream=True,
        stream_options={"include_usage": True},
    )
    text = ""
    for chunk in response:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    return text


async def chat_async(question):
    response = await acompletion(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": question}], api_base=API_BASE, api_key="test-key", stream=True
    )
    text = ""
    async for chunk in response:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    return text


def loop(question):
    pieces = []
    for chunk in completion(model="openai/gpt-4o", messages=[{"role": "user", "content": question}], api_base=API_BASE, api_key="test-key", stream=True):
        pieces.append(chunk.choices[0].delta.content or "" if chunk.choices else "")
    return "".join(pieces)


def first_chunk(question):
    response = completion(model="openai/gpt-4o-mini", messages=[{"role": "user", "content": question}], api_base=API_BASE, api_key="test-key", stream=True)
    for chunk in response:
        if chunk.choices and chunk.choices[0].delta.content:
            break
    return "stopped"


def broken(question):
    response = completion(
        model="openai/error-midstream-model", messages=[{"role": "user", "content": question}], api_base=API_BASE, api_key="test-key", stream=True
    )
    try:
        for chunk in response:
            pass
    except Exception as error:
        return type(error).__name__
    return "no error"


def refused(question):
    try:
        response = completion(
            model="openai/error-model", messages=[{"role": "user", "content": question}], api_base=API_BASE, api_key="test-key", stream=True, num_retries=0
        )
    except Exception as error:
        return type(error).__name__
    return "no error"


async def main(base_url):
    return {
        "chat": chat("LiteLLM stream"),
        "async": await chat_async("LiteLLM async stream"),
        "loop": loop("LiteLLM loop"),
        "first": first_chunk("LiteLLM stop"),
        "broken": broken("LiteLLM fail"),
        "refused": refused("LiteLLM refuse"),
    }
