from google import genai

client = genai.Client()


def stream_text(prompt):
    for chunk in client.models.generate_content_stream(model="gemini-2.0-flash", contents=prompt):
        print(chunk.text)


def stream_assigned(prompt):
    chunks = client.models.generate_content_stream(model="gemini-2.5-flash", contents=[prompt])
    return "".join(chunk.text or "" for chunk in chunks)


async def stream_async(prompt):
    async for chunk in await client.aio.models.generate_content_stream(model="gemini-2.5-pro", contents=prompt):
        print(chunk.text)


def stream_returned(prompt):
    # the stream is not assigned to a name here: the caller consumes it
    return client.models.generate_content_stream(model="gemini-2.0-flash", contents=prompt)


def chat_stream(prompt):
    chat = client.chats.create(model="gemini-2.0-flash")
    for chunk in chat.send_message_stream(prompt):
        print(chunk.text)
