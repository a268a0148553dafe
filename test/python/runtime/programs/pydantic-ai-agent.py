"""pydantic-ai: an agent with a plain tool, over OpenAI chat completions (OPENAI_BASE_URL points at the mock)."""
from pydantic_ai import Agent

dice_agent = Agent("openai:gpt-4o-agent", instructions="Roll the die when asked.")


@dice_agent.tool_plain
def roll_die(sides: int) -> str:
    """Roll a die with the given number of sides."""
    return f"rolled {sides % 6 + 1}"


def main(base_url):
    result = dice_agent.run_sync("Roll a die")
    return {"output": result.output}
