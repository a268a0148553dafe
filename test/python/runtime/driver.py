"""Runs generated fixture outputs against the stubs and prints the recorded spans as JSON.

usage: python3 driver.py FIXTURES_DIR   (with the stubs directory on PYTHONPATH)
"""
import asyncio
import importlib.util
import json
import os
import sys

import agents
import openai
import sentry_sdk
from model import Model

FIXTURES = sys.argv[1]
results = {}


def load(relative):
    path = os.path.join(FIXTURES, relative)
    spec = importlib.util.spec_from_file_location(relative.replace("/", "_").replace("-", "_")[:-3], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scenario(name):
    def decorate(fn):
        start = len(sentry_sdk.SPANS)
        value = fn()
        spans = sentry_sdk.SPANS[start:]
        results[name] = {
            "value": value,
            "spans": [
                {
                    "op": span.op,
                    "name": span.name,
                    "data": span.data,
                    "parent": spans.index(span.parent) if span.parent in spans else None,
                    "finished": span.finished,
                }
                for span in spans
            ],
        }
        return fn

    return decorate


@scenario("openai-chat")
def _():
    return load("ai-request/openai-chat.output.py").ask("Hi")


@scenario("openai-chat-without-usage")
def _():
    module = load("ai-request/openai-chat.output.py")
    openai.NEXT["chat"] = Model(id="x", choices=None, usage=None)
    try:
        module.ask("Hi")
    except TypeError:
        pass  # the code after the span reads choices[0]; the span itself must be complete
    return None


@scenario("openai-async-responses")
def _():
    module = load("ai-request/openai-async-responses.output.py")
    return asyncio.run(module.answer("Why?")).output_text


@scenario("anthropic-messages")
def _():
    module = load("ai-request/anthropic-messages.output.py")
    message = module.chat([{"role": "user", "content": "Weather in Paris?"}], [{"name": "get_weather"}])
    return message.id


@scenario("function-tools")
def _():
    module = load("execute-tool/openai-agents-function-tool.output.py")
    context = agents.RunContextWrapper({"db": Model(get=None)})

    async def get(user_id):
        return {"id": user_id}

    context.context["db"].get = get
    return [
        module.get_weather("Paris"),
        module.get_weather(""),
        asyncio.run(module.load_user(context, 7)),
        asyncio.run(module.load_user(context, -1)),
        module.add(2, 3),
    ]


@scenario("llm-inside-tool")
def _():
    return load("execute-tool/llm-inside-tool.output.py").summarize("A long text.")


@scenario("agent-runs")
def _():
    module = load("invoke-agent/openai-agents-runner.output.py")
    asyncio.run(module.main("Tell me about recursion."))
    return module.run_sync(module.assistant, "What is a loop?")


@scenario("handoffs")
def _():
    agents.HANDOFFS.clear()
    load("handoff/handoff-import-added.output.py")
    for record in agents.HANDOFFS:
        record.on_handoff(agents.RunContextWrapper())
    return [record.agent.name for record in agents.HANDOFFS]


@scenario("helpers-never-raise")
def _():
    module = load("ai-request/openai-chat.output.py")

    class Exploding:
        @property
        def usage(self):
            raise ValueError("boom")

        def __getattr__(self, name):
            raise KeyError(name)

    cyclic = []
    cyclic.append(cyclic)
    return {
        "get_raises": module._sentry_get(Exploding(), "usage.prompt_tokens"),
        "get_missing": module._sentry_get(Model(usage=None), "usage.prompt_tokens"),
        "get_dict": module._sentry_get({"usage": {"input_tokens": 3}}, "usage.input_tokens"),
        "get_index": module._sentry_get(Model(items=[]), "items[0].x"),
        "get_filter": module._sentry_get(Model(content=[{"type": "text", "text": "a"}, {"type": "image"}]), "content[type=text].text"),
        "json_cycle": module._sentry_json(cyclic),
        "json_object": module._sentry_json({"when": object.__new__(Model)}) is not None,
        "json_none": module._sentry_json(None),
        "json_list": module._sentry_json("stop", as_list=True),
    }


print(json.dumps(results, default=repr))
