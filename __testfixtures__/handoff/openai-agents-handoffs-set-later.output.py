import sentry_sdk
from agents import Agent, handoff


def _sentry_on_handoff(from_agent, to_agent):
    """An openai-agents on_handoff callback that records a gen_ai.handoff span."""
    def on_handoff(context):
        with sentry_sdk.start_span(op="gen_ai.handoff", name=f"handoff from {from_agent} to {to_agent}") as span:
            span.set_data("gen_ai.operation.name", "handoff")

    return on_handoff


triage_agent = Agent(name="Triage agent", instructions="Route the customer.")
billing_agent = Agent(name="Billing agent", instructions="Handle billing questions.")
refund_agent = Agent(name="Refund agent", instructions="Handle refunds.")
escalation_agent = Agent(name="Escalation agent")

# Agents that hand off to each other are linked once all of them exist.
triage_agent.handoffs = [handoff(billing_agent, on_handoff=_sentry_on_handoff("Triage agent", "Billing agent")), handoff(refund_agent, tool_name_override="transfer_to_refunds", on_handoff=_sentry_on_handoff("Triage agent", "Refund agent"))]
billing_agent.handoffs.append(handoff(triage_agent, on_handoff=_sentry_on_handoff("Billing agent", "Triage agent")))
refund_agent.handoffs.extend([handoff(escalation_agent, on_handoff=_sentry_on_handoff("Refund agent", "Escalation agent"))])


def link(specialist: Agent):
    escalation_agent.handoffs.insert(0, handoff(specialist, on_handoff=_sentry_on_handoff("Escalation agent", specialist.name)))
