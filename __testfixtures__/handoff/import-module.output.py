import sentry_sdk
import agents


def _sentry_on_handoff(from_agent, to_agent):
    """An openai-agents on_handoff callback that records a gen_ai.handoff span."""
    def on_handoff(context):
        with sentry_sdk.start_span(op="gen_ai.handoff", name=f"handoff from {from_agent} to {to_agent}") as span:
            span.set_data("gen_ai.operation.name", "handoff")

    return on_handoff


support = agents.Agent(name="Support")
sales = agents.Agent(name="Sales", handoffs=[agents.handoff(support, on_handoff=_sentry_on_handoff("Sales", "Support"))])
front_desk = agents.Agent(name="Front desk", handoffs=[agents.handoff(sales, on_handoff=_sentry_on_handoff("Front desk", "Sales")), agents.handoff(support, on_handoff=_sentry_on_handoff("Front desk", "Support"))])
