from typing import TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import create_react_agent


class State(TypedDict):
    messages: list


def respond(state: State):
    return {"messages": state["messages"] + [{"role": "assistant", "content": "ok"}]}


builder = StateGraph(State)
builder.add_node("respond", respond)
builder.add_edge(START, "respond")
builder.add_edge("respond", END)
graph = builder.compile(name="support_graph")

react = create_react_agent("openai:gpt-4o-mini", tools=[], name="react_helper")


def run_graph(messages):
    final = graph.invoke({"messages": messages})
    return final


async def run_react(messages):
    final = await react.ainvoke({"messages": messages})
    for chunk in graph.stream({"messages": messages}):
        print(chunk)
    return final
