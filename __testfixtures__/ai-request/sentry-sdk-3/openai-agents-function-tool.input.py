from agents import Agent, RunContextWrapper, function_tool
from agents.decorators import tool


@function_tool
def get_weather(city: str, unit: str = "celsius") -> str:
    """Get the current weather for a city.

    Args:
        city: The city to look up.
        unit: celsius or fahrenheit.
    """
    if not city:
        return "unknown"
    reading = f"22 degrees {unit} in {city}"
    return reading


@function_tool(name_override="fetch_user", description_override="Load a user profile.")
async def load_user(ctx: RunContextWrapper[dict], user_id: int) -> dict:
    if user_id < 0: return {}
    return await ctx.context["db"].get(user_id)


@tool
def add(a: int, b: int) -> int:
    return a + b


@function_tool
def countdown(n: int):
    """Counts down."""
    while n:
        yield n
        n -= 1


agent = Agent(name="Weather", tools=[get_weather, load_user, add, countdown])
