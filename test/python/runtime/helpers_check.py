"""Calls the helpers the codemod adds (_sentry_get, _sentry_json) with values that make naive code raise,
and prints what they return as JSON. usage: python helpers_check.py GENERATED_FILE.py"""
import importlib.util
import json
import sys

from openai.types import CompletionUsage
from openai.types.chat import ChatCompletion

spec = importlib.util.spec_from_file_location("generated", sys.argv[1])
generated = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generated)
get, to_json = generated._sentry_get, generated._sentry_json


class Exploding:
    @property
    def usage(self):
        raise ValueError("boom")

    def __getattr__(self, name):
        raise KeyError(name)


cyclic = []
cyclic.append(cyclic)
# A real SDK object without usage or choices (what a proxy or an older server may send).
bare = ChatCompletion.model_construct(id="x", choices=[], created=0, model="m", object="chat.completion", usage=None)
print(json.dumps({
    "get_raises": get(Exploding(), "usage.prompt_tokens"),
    "get_missing_usage": get(bare, "usage.prompt_tokens"),
    "get_no_choices": get(bare, "choices[].message.content"),
    "get_first_of_none": get(bare, "choices[0].message.tool_calls"),
    "get_dict": get({"usage": {"input_tokens": 3}}, "usage.input_tokens"),
    "get_filter": get({"content": [{"type": "text", "text": "a"}, {"type": "image"}]}, "content[type=text].text"),
    "get_model": get(ChatCompletion.model_construct(usage=CompletionUsage(prompt_tokens=1, completion_tokens=2, total_tokens=3)), "usage.total_tokens"),
    "json_cycle": to_json(cyclic),
    "json_pydantic": to_json(CompletionUsage(prompt_tokens=1, completion_tokens=2, total_tokens=3)),
    "json_object": to_json({"when": object()}) is not None,
    "json_none": to_json(None),
    "json_list": to_json("stop", as_list=True),
    "json_empty_list": to_json([]),
    "json_all_none": to_json([None, None]),
    "json_text": to_json("Be brief."),
    "json_text_as_is": to_json("Be brief.", text_as_is=True),
    "json_list_text_as_is": to_json(["a"], text_as_is=True),
}))
