"""LangChain chat model astream_events(version="v2"): read to the end (usage with stream_usage=True), left with
`break` (the default version), and a stream that fails half-way."""
import os

from langchain_openai import ChatOpenAI

BASE = os.environ["MOCK_LLM_URL"] + "/v1"
llm = ChatOpenAI(model="gpt-4o-mini", base_url=BASE, api_key="test-key", max_retries=0, stream_usage=True)
failing = ChatOpenAI(model="error-midstream-model", base_url=BASE, api_key="test-key", max_retries=0)


async def events_text(question):
    text = ""
    async for event in llm.astream_events(question, version="v2"):
        if event["event"] == "on_chat_model_stream":
            text += event["data"]["chunk"].content
    return text


async def events_first(question):
    async for event in llm.astream_events(question):
        if event["event"] == "on_chat_model_stream" and event["data"]["chunk"].content:
            break
    return "stopped"


async def events_broken(question):
    try:
        async for event in failing.astream_events(question, version="v2"):
            pass
    except Exception as error:
        return type(error).__name__
    return "no error"


async def main(base_url):
    return {
        "text": await events_text("LangChain events"),
        "first": await events_first("LangChain events stop"),
        "broken": await events_broken("LangChain events fail"),
    }
