import asyncio

from agents import Agent, Runner

assistant = Agent(name="Assistant", instructions="You only respond in haikus.", model="gpt-4.1")


async def main(question):
    result = await Runner.run(assistant, question)
    print(result.final_output)


def run_sync(agent: Agent, question):
    result = Runner.run_sync(agent, input=question, max_turns=3)
    return result.final_output


async def streamed(question):
    result = Runner.run_streamed(assistant, question)
    async for event in result.stream_events():
        print(event)


if __name__ == "__main__":
    asyncio.run(main("Tell me about recursion."))
