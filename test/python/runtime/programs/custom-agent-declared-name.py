"""Hand-written agents that name themselves: an `__init__` default and a class attribute."""


class RouterAgent:
    def __init__(self, name="Router Agent"):
        self.name = name

    def run(self, task):
        return f"routed {task}"


class SupportAgent:
    name = "Support Desk"

    async def arun(self, question):
        return f"answer to {question}"


async def main(base_url):
    routed = RouterAgent().run("refund")
    answer = await SupportAgent().arun(routed)
    return {"answer": answer}
