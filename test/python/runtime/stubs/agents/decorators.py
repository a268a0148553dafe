from agents import function_tool as tool  # noqa: F401
