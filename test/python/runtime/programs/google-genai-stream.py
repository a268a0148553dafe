"""google-genai generate_content_stream (sync, `for` over the call and assigned; async; a chat's
send_message_stream), a loop left with `break`, and a stream that fails half-way."""
import os

from google import genai
from google.genai import types

client = genai.Client(api_key="test-key", http_options=types.HttpOptions(base_url=os.environ["MOCK_LLM_URL"]))


def stream_text(prompt):
    text = ""
    for chunk in client.models.generate_content_stream(model="gemini-2.0-flash", contents=prompt):
        text += chunk.text or ""
    return text


def first_chunk(prompt):
    chunks = client.models.generate_content_stream(model="gemini-2.5-flash", contents=prompt)
    for chunk in chunks:
        break
    return "stopped"


async def stream_async(prompt):
    text = ""
    async for chunk in await client.aio.models.generate_content_stream(model="gemini-2.5-pro", contents=prompt):
        text += chunk.text or ""
    return text


def chat_stream(prompt):
    chat = client.chats.create(model="gemini-2.0-flash-chat")
    text = ""
    for chunk in chat.send_message_stream(prompt):
        text += chunk.text or ""
    return text


def broken(prompt):
    chunks = client.models.generate_content_stream(model="error-midstream-model", contents=prompt)
    try:
        for chunk in chunks:
            pass
    except Exception as error:
        return type(error).__name__
    return "no error"


async def main(base_url):
    return {
        "text": stream_text("Stream Gemini"),
        "first": first_chunk("Gemini stop"),
        "async": await stream_async("Async Gemini stream"),
        "chat": chat_stream("Gemini chat stream"),
        "broken": broken("Gemini fail"),
    }
