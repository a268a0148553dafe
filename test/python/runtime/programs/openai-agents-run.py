"""openai-agents over the Responses API: a function tool, then a handoff to another agent; a run given input items."""
import os

from agents import Agent, Runner, function_tool, set_default_openai_client, set_tracing_disabled
from openai import AsyncOpenAI

set_tracing_disabled(True)  # the SDK's own trace exporter would call api.openai.com
set_default_openai_client(AsyncOpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0))


@function_tool
def get_weather(city: str) -> str:
    """Current weather for a city."""
    return f"sunny in {city}"


spanish_agent = Agent(name="Spanish", instructions="You only speak Spanish.", model="gpt-4o-mini")
triage_agent = Agent(
    name="Triage",
    instructions="Check the weather, then hand off.",
    model="gpt-4o-agent",
    tools=[get_weather],
    handoffs=[spanish_agent],
)


async def main(base_url):
    result = await Runner.run(triage_agent, "Weather in Madrid")
    items = await Runner.run(spanish_agent, [{"role": "user", "content": "Hola"}])
    return {"final_output": result.final_output, "last_agent": result.last_agent.name, "items": items.final_output}
