from langchain.agents import create_agent
from langchain.tools import tool


@tool
def lookup(city: str) -> str:
    """Look up a city."""
    return city.upper()


agent = create_agent(model="openai:gpt-4o", tools=[lookup], system_prompt="Be helpful.", name="city_helper")


def ask(question):
    state = agent.invoke({"messages": [{"role": "user", "content": question}]})
    return state["messages"][-1].content


async def ask_async(question):
    return await agent.ainvoke({"messages": [{"role": "user", "content": question}]})
