import random

from pydantic_ai import Agent, RunContext

dice_agent = Agent("openai:gpt-4o-mini", deps_type=str)


@dice_agent.tool
def player_name(ctx: RunContext[str]) -> str:
    """Get the player's name."""
    return ctx.deps


@dice_agent.tool_plain
def roll_die() -> str:
    """Roll a six-sided die and return the result."""
    return str(random.randint(1, 6))


@dice_agent.tool(retries=2, name="lookup_score")
async def score(ctx: RunContext[str], player: str) -> int:
    scores = {"anne": 3}
    return scores.get(player, 0)
