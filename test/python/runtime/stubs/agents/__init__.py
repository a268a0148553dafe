"""Stub of openai-agents: agents, a runner with canned results, tools as plain functions, hand-offs."""
import inspect

from model import Model

HANDOFFS = []


class UserError(Exception):
    pass


class RunContextWrapper:
    def __class_getitem__(cls, item):
        return cls

    def __init__(self, context=None):
        self.context = context


class Agent:
    def __init__(self, name, instructions=None, model=None, tools=(), handoffs=(), **kwargs):
        self.name = name
        self.model = model
        self.tools = list(tools)
        self.handoffs = list(handoffs)


def function_tool(func=None, **kwargs):
    if func is None:
        return lambda inner: inner
    return func


def handoff(agent, tool_name_override=None, tool_description_override=None, on_handoff=None, input_type=None, **kwargs):
    # the real check: without input_type, on_handoff takes exactly one argument (the context)
    if on_handoff is not None and input_type is None and len(inspect.signature(on_handoff).parameters) != 1:
        raise UserError("on_handoff must take one argument: context")
    record = Model(agent=agent, on_handoff=on_handoff)
    HANDOFFS.append(record)
    return record


def _result(agent, input):
    return Model(final_output="%s: %s" % (agent.name, input),
                 context_wrapper=Model(usage=Model(input_tokens=50, output_tokens=10, total_tokens=60)))


class Runner:
    @staticmethod
    async def run(starting_agent, input, **kwargs):
        return _result(starting_agent, input)

    @staticmethod
    def run_sync(starting_agent, input, **kwargs):
        return _result(starting_agent, input)

    @staticmethod
    def run_streamed(starting_agent, input, **kwargs):
        raise NotImplementedError
