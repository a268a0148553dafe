"""LangChain chat models: stream() (a `for` over the call; usage with stream_usage=True), astream() without
usage, a loop left with `break`, and a stream that fails half-way."""
import os

from langchain_openai import ChatOpenAI

BASE = os.environ["MOCK_LLM_URL"] + "/v1"
llm = ChatOpenAI(model="gpt-4o-mini", base_url=BASE, api_key="test-key", max_retries=0, stream_usage=True)
plain = ChatOpenAI(model="gpt-4o", base_url=BASE, api_key="test-key", max_retries=0)
failing = ChatOpenAI(model="error-midstream-model", base_url=BASE, api_key="test-key", max_retries=0)


def ask(question):
    text = ""
    for chunk in llm.stream(question):
        text += chunk.content
    return text


async def ask_async(messages):
    text = ""
    async for chunk in plain.astream(messages):
        text += chunk.content
    return text


def first_chunk(question):
    chunks = llm.stream(question)
    for chunk in chunks:
        if chunk.content:
            break
    return "stopped"


def broken(question):
    chunks = failing.stream(question)
    try:
        for chunk in chunks:
            pass
    except Exception as error:
        return type(error).__name__
    return "no error"


async def main(base_url):
    return {
        "stream": ask("LangChain stream"),
        "astream": await ask_async([("user", "LangChain astream")]),
        "first": first_chunk("LangChain stop"),
        "broken": broken("LangChain fail"),
    }
