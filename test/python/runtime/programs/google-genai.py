"""google-genai: generate_content (sync and async) and embed_content."""
import asyncio
import os

from google import genai
from google.genai import types

client = genai.Client(api_key="test-key", http_options=types.HttpOptions(base_url=os.environ["MOCK_LLM_URL"]))


def generate(prompt):
    response = client.models.generate_content(
        model="gemini-2.0-flash",
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction="Be brief.", temperature=0.1),
    )
    return response.text


async def generate_async(prompt):
    response = await client.aio.models.generate_content(model="gemini-2.5-pro", contents=prompt)
    return response.text


def embed(text):
    result = client.models.embed_content(model="text-embedding-004", contents=text)
    return [embedding.values for embedding in result.embeddings]


def main(base_url):
    return {
        "generate": generate("Tell me about Gemini"),
        "async": asyncio.run(generate_async("Async Gemini")),
        "embed": embed("embed me"),
    }
