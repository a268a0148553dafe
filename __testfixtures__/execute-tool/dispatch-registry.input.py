import json


def get_weather(city):
    return {"city": city, "temp": 22}


def get_time(zone):
    return "12:00"


TOOLS = {"get_weather": get_weather, "get_time": get_time}


def run_tool_calls(tool_calls):
    results = []
    for call in tool_calls:
        args = json.loads(call.function.arguments)
        output = TOOLS[call.function.name](**args)
        results.append({"tool_call_id": call.id, "content": json.dumps(output)})
    return results


def run_one(name, args):
    handler = TOOLS.get(name)
    return handler(**args)
