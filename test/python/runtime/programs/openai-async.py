"""openai's async client: chat and the Responses API, awaited."""
import os

from openai import AsyncOpenAI

client = AsyncOpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0)


async def chat(question):
    response = await client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
    return response.choices[0].message.content


async def respond(question):
    return await client.responses.create(model="gpt-4.1", input=question)


async def main(base_url):
    answer = await chat("Async hello")
    response = await respond("Async why")
    return {"chat": answer, "respond": response.output_text}
