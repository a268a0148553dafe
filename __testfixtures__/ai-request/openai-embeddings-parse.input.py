from openai import OpenAI
from pydantic import BaseModel


class Event(BaseModel):
    name: str


client = OpenAI()


def embed(texts):
    result = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [item.embedding for item in result.data]


def extract(text):
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[{"role": "user", "content": text}],
        response_format=Event,
    )
    parsed = client.responses.parse(model="gpt-4o", input=text, text_format=Event)
    return completion, parsed
