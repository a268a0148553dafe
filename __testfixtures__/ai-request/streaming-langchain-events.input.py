from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini", stream_usage=True)


async def stream_events(messages):
    text = ""
    async for event in llm.astream_events(messages, version="v2"):
        if event["event"] == "on_chat_model_stream":
            text += event["data"]["chunk"].content
    return text


async def stream_events_default(question):
    events = llm.astream_events(question)
    async for event in events:
        print(event["event"])


async def stream_events_v1(messages):
    # v1 events: another format, left for manual work
    async for event in llm.astream_events(messages, version="v1"):
        print(event)


async def stream_events_chosen(messages, version):
    # the version is known only at run time: left for manual work
    async for event in llm.astream_events(messages, version=version):
        print(event)
