from google import genai
from google.genai import types

client = genai.Client()


def generate(prompt):
    response = client.models.generate_content(
        model="gemini-2.0-flash",
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction="Be brief."),
    )
    return response.text


async def generate_async(prompt):
    response = await client.aio.models.generate_content(model="gemini-2.0-flash", contents=prompt)
    return response.text


def embed(text):
    return client.models.embed_content(model="text-embedding-004", contents=text)
