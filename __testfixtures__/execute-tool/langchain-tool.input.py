from langchain_core.tools import tool


@tool
def multiply(a: int, b: int) -> int:
    """Multiply two numbers."""
    return a * b


@tool("web_search", description="Search the web for a query.")
def search(query: str) -> list:
    results = []
    for source in ("a", "b"):
        results.append(f"{source}: {query}")
    return results
