from anthropic import Anthropic
from langchain_openai import ChatOpenAI
from openai import OpenAI

client = OpenAI()
claude = Anthropic()
llm = ChatOpenAI(model="gpt-4o")


def stream_chat(messages):
    stream = client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    for chunk in stream:
        print(chunk)


def stream_claude_raw(messages):
    events = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=100, messages=messages, stream=True)
    for event in events:
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            print(event.delta.text)


def stream_helper(messages):
    with client.chat.completions.stream(model="gpt-4o", messages=messages) as stream:
        return stream.get_final_completion()


def stream_claude(messages):
    with claude.messages.stream(model="claude-3-5-sonnet-latest", max_tokens=100, messages=messages) as stream:
        return stream.get_final_text()


async def stream_langchain(messages):
    async for chunk in llm.astream(messages):
        print(chunk.content)
