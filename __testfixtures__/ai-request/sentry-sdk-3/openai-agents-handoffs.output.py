import sentry_sdk
from agents import Agent, Runner, handoff


def _sentry_on_handoff(from_agent, to_agent):
    """An openai-agents on_handoff callback that records a gen_ai.handoff span."""
    def on_handoff(context):
        with sentry_sdk.start_span(name=f"handoff from {from_agent} to {to_agent}", attributes={"sentry.op": "gen_ai.handoff"}) as span:
            span.set_attribute("gen_ai.operation.name", "handoff")

    return on_handoff


billing_agent = Agent(name="Billing agent", instructions="Handle billing questions.")
refund_agent = Agent(name="Refund agent", instructions="Handle refunds.")


def log_escalation(ctx):
    print("escalated")


escalation_agent = Agent(name="Escalation agent")

triage_agent = Agent(
    name="Triage agent",
    instructions="Hand off to the right agent.",
    handoffs=[
        handoff(billing_agent, on_handoff=_sentry_on_handoff("Triage agent", "Billing agent")),
        handoff(refund_agent, tool_name_override="transfer_to_refunds", on_handoff=_sentry_on_handoff("Triage agent", "Refund agent")),
        handoff(escalation_agent, on_handoff=log_escalation),
    ],
)


def make_router(specialist: Agent):
    return Agent(name="Router", handoffs=[handoff(specialist, on_handoff=_sentry_on_handoff("Router", specialist.name))])
