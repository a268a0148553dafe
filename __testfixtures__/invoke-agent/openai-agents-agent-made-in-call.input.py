"""openai-agents: the agent is made in the run call by a function from another module, so its name is read at run time."""
from agents import Runner
from elsewhere import build_agent


async def answer(model, question):
    result = await Runner.run(build_agent(model), question)
    return result.final_output


async def stream(model, question):
    streamed = Runner.run_streamed(build_agent(model), question)
    async for event in streamed.stream_events():
        print(event.type)
    return streamed.final_output
