from .weather import get_weather


def search(query):
    return [query]


def execute_tool(name: str, arguments: dict):
    if name == "get_weather":
        return get_weather(arguments["city"])
    elif name == "search":
        hits = search(query=arguments["query"])
        return hits
    raise ValueError(f"unknown tool {name}")


def dispatch(tool_name, payload):
    match tool_name:
        case "search":
            found = search(payload)
            return found
    return None
