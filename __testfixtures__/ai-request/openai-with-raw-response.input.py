# OpenAI: with_raw_response calls return the raw HTTP response; the span reads the response through its
# cached parse(). A streamed raw response is left for manual work.
from openai import AsyncOpenAI, OpenAI

client = OpenAI()
async_client = AsyncOpenAI()


def ask(question):
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
    )
    print(raw.headers.get("x-request-id"))
    return raw.parse().choices[0].message.content


async def embed(text):
    raw = await async_client.embeddings.with_raw_response.create(model="text-embedding-3-small", input=text)
    return raw.parse().data[0].embedding


def stream(question):
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    return raw.parse()
