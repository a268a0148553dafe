import sentry_sdk
from agents import Agent, Runner

assistant = Agent(name="Assistant")


async def main(question):
    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Assistant") as span:
        span.set_data("gen_ai.agent.name", "Assistant")
        result = await Runner.run(assistant, question)
    return result


class PlannerAgent:
    def run(self, goal):
        with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent PlannerAgent"):
            return [goal]
