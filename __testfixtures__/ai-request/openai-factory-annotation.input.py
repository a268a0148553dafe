from functools import lru_cache
from typing import Optional

from openai import AsyncOpenAI, OpenAI


@lru_cache
def get_client():
    return OpenAI()


def summarize(text):
    summary = get_client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return summary


async def translate(client: Optional[AsyncOpenAI], text: str, model: str = "gpt-4o"):
    result = await client.chat.completions.create(model=model, messages=[{"role": "user", "content": text}])
    return result
