"""openai-agents: `Runner.run_streamed` returns at once and the run goes on in a task; its span ends with the run."""
from agents import Agent, Runner

assistant = Agent(name="Assistant", instructions="You only respond in haikus.", model="gpt-4.1")


async def streamed(question):
    result = Runner.run_streamed(assistant, question)
    async for event in result.stream_events():
        print(event.type)
    return result.final_output


async def runner_keywords(agent: Agent, question):
    streamed = Runner.run_streamed(starting_agent=agent, input=question.strip(), max_turns=3)
    async for event in streamed.stream_events():
        if event.type == "raw_response_event":
            print(event.data)
    return streamed


async def inline(question):
    # not assigned to a name: the stream outlives the statement, reported for manual work
    async for event in Runner.run_streamed(assistant, question).stream_events():
        print(event.type)
