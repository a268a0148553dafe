from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

async_client = AsyncOpenAI()
async_claude = AsyncAnthropic()


async def completion(messages):
    async with async_client.chat.completions.stream(model="gpt-4o", messages=messages) as stream:
        async for event in stream:
            if event.type == "content.delta":
                print(event.delta)
        return await stream.get_final_completion()


async def claude_text(messages):
    async with async_claude.messages.stream(model="claude-3-5-haiku-latest", max_tokens=256, messages=messages) as stream:
        return await stream.get_final_text()


async def response_text(question):
    async with async_client.responses.stream(model="gpt-4.1", input=question) as stream:
        return (await stream.get_final_response()).output_text


async def claude_logged(messages, lock):
    # two managers in one `async with`: left for manual work
    async with lock, async_claude.messages.stream(model="claude-3-5-haiku-latest", max_tokens=256, messages=messages) as stream:
        return await stream.get_final_text()
