from pydantic_ai import Agent

support_agent = Agent("openai:gpt-4o", instructions="Be concise.")
named = Agent(model="anthropic:claude-3-5-sonnet-latest", name="researcher")


async def answer(question: str) -> str:
    result = await support_agent.run(question)
    return result.output


def research(topic):
    return named.run_sync(f"Research {topic}")


async def stream(question):
    async with support_agent.run_stream(question) as response:
        return await response.get_output()
