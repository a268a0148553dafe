"""Hand-offs declared with bare agents: `handoff` gets imported."""
import sentry_sdk
from agents import Agent
from agents import handoff


def _sentry_on_handoff(from_agent, to_agent):
    """An openai-agents on_handoff callback that records a gen_ai.handoff span."""
    def on_handoff(context):
        with sentry_sdk.start_span(op="gen_ai.handoff", name=f"handoff from {from_agent} to {to_agent}") as span:
            span.set_data("gen_ai.operation.name", "handoff")

    return on_handoff


spanish_agent = Agent(name="Spanish", instructions="You only speak Spanish.")
english_agent = Agent(name="English", instructions="You only speak English.")

triage_agent = Agent(
    name="Triage",
    instructions="Hand off to the appropriate agent based on the language of the request.",
    handoffs=[handoff(spanish_agent, on_handoff=_sentry_on_handoff("Triage", "Spanish")), handoff(english_agent, on_handoff=_sentry_on_handoff("Triage", "English"))],
)
