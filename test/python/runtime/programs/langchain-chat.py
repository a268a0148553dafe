"""LangChain's ChatOpenAI: invoke and ainvoke."""
import asyncio
import os

from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini", base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0)


def ask(question):
    reply = llm.invoke(question)
    return reply.content, reply.response_metadata.get("id")


async def ask_async(messages):
    reply = await llm.ainvoke(messages)
    return reply.content


def main(base_url):
    return {"invoke": ask("LangChain hello"), "ainvoke": asyncio.run(ask_async([("user", "LangChain async")]))}
