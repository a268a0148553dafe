from agents import Agent, handoff

triage_agent = Agent(name="Triage agent", instructions="Route the customer.")
billing_agent = Agent(name="Billing agent", instructions="Handle billing questions.")
refund_agent = Agent(name="Refund agent", instructions="Handle refunds.")
escalation_agent = Agent(name="Escalation agent")

# Agents that hand off to each other are linked once all of them exist.
triage_agent.handoffs = [billing_agent, handoff(refund_agent, tool_name_override="transfer_to_refunds")]
billing_agent.handoffs.append(triage_agent)
refund_agent.handoffs.extend([escalation_agent])


def link(specialist: Agent):
    escalation_agent.handoffs.insert(0, specialist)
