from anthropic import Anthropic
from langchain_openai import ChatOpenAI
from openai import AsyncOpenAI, OpenAI

client = OpenAI()
async_client = AsyncOpenAI()
claude = Anthropic()
llm = ChatOpenAI(model="gpt-4o")


def stream_chat(messages):
    stream = client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    for chunk in stream:
        print(chunk)


def stream_claude_raw(messages):
    events = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=100,
        messages=messages,
        stream=True,
    )
    for event in events:
        print(event.type)


async def stream_async(question):
    stream = await async_client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}], stream=True)
    async for chunk in stream:
        print(chunk)


def stream_maybe(messages, flag):
    # not a literal True: whether it streams is only known at run time
    return client.chat.completions.create(model="gpt-4o", messages=messages, stream=flag)


def stream_returned(messages):
    # the stream is not assigned to a name here: the caller consumes it
    return client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)


def stream_helper(messages):
    with client.chat.completions.stream(model="gpt-4o", messages=messages) as stream:
        return stream.get_final_completion()


def stream_claude(messages):
    with claude.messages.stream(model="claude-3-5-sonnet-latest", max_tokens=100, messages=messages) as stream:
        return stream.get_final_text()


async def stream_langchain(messages):
    async for chunk in llm.astream(messages):
        print(chunk.content)
