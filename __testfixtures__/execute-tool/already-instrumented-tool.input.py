import sentry_sdk
from agents import function_tool
from sentry_sdk.consts import SPANTEMPLATE


@function_tool
def lookup(city: str) -> str:
    """Look up a city."""
    with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool lookup") as span:
        span.set_data("gen_ai.tool.name", "lookup")
        return city


@function_tool
@sentry_sdk.trace(template=SPANTEMPLATE.AI_TOOL)
def forecast(city: str) -> str:
    """Forecast."""
    return city
