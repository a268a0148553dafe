"""pydantic-ai: an agent with a plain tool and an async tool taking the run context (OPENAI_BASE_URL points
at the mock, which asks for each tool once: strings get the prompt, numbers 42)."""
from pydantic_ai import Agent, RunContext

dice_agent = Agent("openai:gpt-4o-agent", deps_type=str, instructions="Roll the die when asked.")


@dice_agent.tool_plain
def roll_die(sides: int) -> str:
    """Roll a die with the given number of sides."""
    if sides > 20:
        return "too many sides"
    return f"rolled {sides % 6 + 1}"


@dice_agent.tool
async def greet(ctx: RunContext[str], greeting: str) -> str:
    """Greet the player."""
    if not greeting:
        return "silence"
    return f"{greeting}, {ctx.deps}"


def main(base_url):
    result = dice_agent.run_sync("Roll a die", deps="Anne")
    return {"output": result.output}
