from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o", stream_usage=True)
claude = ChatAnthropic(model="claude-3-5-haiku-latest")


def stream_answer(question):
    for chunk in llm.stream(question):
        print(chunk.content, end="")


async def stream_answer_async(messages):
    async for chunk in claude.astream(messages):
        print(chunk.content, end="")


def stream_assigned(messages):
    chunks = llm.stream(messages)
    return "".join(chunk.content for chunk in chunks)


async def stream_events(messages):
    # v1 events: another format, left for manual work
    async for event in llm.astream_events(messages, version="v1"):
        print(event)


def stream_structured(messages, schema):
    for partial in llm.with_structured_output(schema).stream(messages):
        print(partial)
