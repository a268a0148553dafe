"""litellm over its OpenAI-compatible route: completion and acompletion."""
import asyncio
import os

import litellm
from litellm import acompletion, completion

API_BASE = os.environ["MOCK_LLM_URL"] + "/v1"


def ask(question):
    response = completion(
        model="openai/gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        api_base=API_BASE,
        api_key="test-key",
        temperature=0,
    )
    return response.choices[0].message.content


async def ask_async(question):
    response = await acompletion(
        model="openai/gpt-4o", messages=[{"role": "user", "content": question}], api_base=API_BASE, api_key="test-key"
    )
    return response.choices[0].message.content


def failing(question):
    try:
        litellm.completion(
            model="openai/error-model",
            messages=[{"role": "user", "content": question}],
            api_base=API_BASE,
            api_key="test-key",
            num_retries=0,
        )
    except Exception as error:
        return type(error).__name__
    return "no error"


def main(base_url):
    return {"ask": ask("LiteLLM hello"), "async": asyncio.run(ask_async("LiteLLM async")), "error": failing("Boom")}
