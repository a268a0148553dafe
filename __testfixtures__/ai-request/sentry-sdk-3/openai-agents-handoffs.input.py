from agents import Agent, Runner, handoff

billing_agent = Agent(name="Billing agent", instructions="Handle billing questions.")
refund_agent = Agent(name="Refund agent", instructions="Handle refunds.")


def log_escalation(ctx):
    print("escalated")


escalation_agent = Agent(name="Escalation agent")

triage_agent = Agent(
    name="Triage agent",
    instructions="Hand off to the right agent.",
    handoffs=[
        billing_agent,
        handoff(refund_agent, tool_name_override="transfer_to_refunds"),
        handoff(escalation_agent, on_handoff=log_escalation),
    ],
)


def make_router(specialist: Agent):
    return Agent(name="Router", handoffs=[specialist])
