"""openai-agents streamed runs (`Runner.run_streamed`): read to the end, never read, left early and cancelled,
and one whose model fails. Every event read is marked with a span of the app's own."""
import asyncio
import os

import sentry_sdk
from agents import Agent, Runner, function_tool, set_default_openai_client, set_tracing_disabled
from openai import AsyncOpenAI

set_tracing_disabled(True)  # the SDK's own trace exporter would call api.openai.com
set_default_openai_client(AsyncOpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0))


@function_tool
def get_weather(city: str) -> str:
    """Current weather for a city."""
    return f"sunny in {city}"


weather_agent = Agent(name="Weather", instructions="Check the weather.", model="gpt-4o-agent", tools=[get_weather])
failing_agent = Agent(name="Failing", instructions="Fail.", model="error-model")


async def main(base_url):
    read = Runner.run_streamed(weather_agent, "Weather in Paris")
    events = 0
    async for event in read.stream_events():
        events += 1
        with sentry_sdk.start_span(op="app.event", name="event read"):
            pass

    unread = Runner.run_streamed(weather_agent, "Weather in Oslo")
    while not unread.is_complete:
        await asyncio.sleep(0.01)

    left = Runner.run_streamed(weather_agent, "Weather in Rome")
    async for event in left.stream_events():
        left.cancel()
        break

    failure = None
    failing = Runner.run_streamed(failing_agent, "Anything")
    try:
        async for event in failing.stream_events():
            pass
    except Exception as error:
        failure = type(error).__name__
    return {
        "read": {"final_output": read.final_output, "events": events > 3},
        "unread": unread.final_output,
        "left": left.final_output,
        "failure": failure,
    }
