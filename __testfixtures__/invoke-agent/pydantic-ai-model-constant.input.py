from pydantic_ai import Agent

MODEL = "openai:gpt-5.2"
FALLBACK = "openai:gpt-5-mini"
FALLBACK = "anthropic:claude-sonnet-4-5"

triage_agent = Agent(MODEL, output_type=str, system_prompt="Triage the patient.")
fallback_agent = Agent(FALLBACK, output_type=str)


async def triage(prompt):
    result = await triage_agent.run(prompt)
    return result.output


async def fallback(prompt):
    result = await fallback_agent.run(prompt)
    return result.output
