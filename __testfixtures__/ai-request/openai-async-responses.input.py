"""Answers questions with the Responses API."""

from openai import AsyncOpenAI

SYSTEM = "You are terse."
client = AsyncOpenAI()


async def answer(question):
    return await client.responses.create(
        model="gpt-4.1-mini",
        instructions=SYSTEM,
        input=question,
    )


async def log_answer(question, log):
    await client.responses.create(model="gpt-4.1-mini", input=question)
    log.info("done")
