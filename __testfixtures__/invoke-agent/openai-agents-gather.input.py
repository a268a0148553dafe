"""openai-agents: runs passed on as coroutines (`asyncio.gather`, `create_task`) are awaited in a span each."""
import asyncio

from agents import Agent, Runner

spanish = Agent(name="Spanish", instructions="You only speak Spanish.", model="gpt-4o-mini")
french = Agent(name="French", instructions="You only speak French.", model="gpt-4o-mini")


async def translate(text):
    es, fr = await asyncio.gather(Runner.run(spanish, text), Runner.run(french, input=text))
    return es.final_output, fr.final_output


async def background(agent: Agent, text):
    task = asyncio.create_task(Runner.run(agent, text.strip()))
    return await task
