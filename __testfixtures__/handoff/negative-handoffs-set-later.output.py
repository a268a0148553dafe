from agents import Agent


class Router:
    def __init__(self):
        self.handoffs = []


router = Router()
billing_agent = Agent(name="Billing agent")
triage_agent = Agent(name="Triage agent")

# Not an agent's hand-off list, or nothing added to it.
router.handoffs.append(billing_agent)
router.handoffs = [billing_agent]
triage_agent.handoffs = []
triage_agent.tools.append(billing_agent)
