"""openai-agents runs passed to asyncio.gather and create_task rather than awaited where they are called."""
import asyncio
import os

from agents import Agent, Runner, set_default_openai_client, set_tracing_disabled
from openai import AsyncOpenAI

set_tracing_disabled(True)  # the SDK's own trace exporter would call api.openai.com
set_default_openai_client(AsyncOpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0))

spanish = Agent(name="Spanish", instructions="You only speak Spanish.", model="gpt-4o-mini")
failing = Agent(name="Failing", instructions="Fail.", model="error-model")


async def main(base_url):
    es, fr = await asyncio.gather(Runner.run(spanish, "Hola"), Runner.run(spanish, "Bonjour"))
    task = asyncio.create_task(Runner.run(failing, "Anything"))
    try:
        await task
        failure = None
    except Exception as error:
        failure = type(error).__name__
    return {"es": es.final_output, "fr": fr.final_output, "failure": failure}
