"""Hand-offs declared with bare agents: `handoff` gets imported."""
from agents import Agent

spanish_agent = Agent(name="Spanish", instructions="You only speak Spanish.")
english_agent = Agent(name="English", instructions="You only speak English.")

triage_agent = Agent(
    name="Triage",
    instructions="Hand off to the appropriate agent based on the language of the request.",
    handoffs=[spanish_agent, english_agent],
)
