"""Hand-written agents named by their own declarations, not by their class names."""


class RouterAgent:
    def __init__(self, llm, name="Router Agent"):
        self.llm = llm
        self.name = name

    def run(self, task):
        return self.llm(task)


class SupportAgent:
    name: str = "Support Desk"

    async def arun(self, question):
        return f"answer to {question}"


class PlainAgent:
    label = "not a name"

    def run(self, task):
        return task
