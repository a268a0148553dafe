"""A hand-written agent loop."""
from pydantic_ai import Agent


class ResearchAgent:
    """Plans, searches and writes."""

    def __init__(self, llm):
        self.llm = llm

    def run(self, task: str, max_steps: int = 5) -> str:
        notes = []
        for step in range(max_steps):
            note = self.llm(task, notes)
            if note is None:
                return "\n".join(notes)
            notes.append(note)
        return "\n".join(notes)


class WriterAgent(Agent):
    def run(self, prompt):
        return super().run(prompt)


class Helper:
    def run(self):
        return 1
