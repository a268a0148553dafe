from langchain.chat_models import init_chat_model
from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o", temperature=0)
claude = ChatAnthropic(model="claude-3-5-haiku-latest")
generic = init_chat_model("openai:gpt-4o-mini")


def ask(messages):
    reply = llm.invoke(messages)
    return reply.content


async def ask_claude(messages, tools):
    bound = claude.bind_tools(tools)
    reply = await bound.ainvoke(messages)
    return reply


def ask_generic(question):
    answer = generic.invoke(question)
    return answer
