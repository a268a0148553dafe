"""Evaluates reads the codemod emits (with the helpers it adds: _sentry_field, _sentry_each, _sentry_call,
_sentry_json) on values that make naive code raise, and prints what they return as JSON.
usage: python helpers_check.py CASES_JSON GENERATED_FILE.py...   (CASES_JSON: [[name, sample, expression]])"""
import json
import re
import sys

from openai.types import CompletionUsage
from openai.types.chat import ChatCompletion

# The helper definitions of the generated files, exactly as written there (the rest of a file needs API keys).
helpers = {"json": json}
for file in sys.argv[2:]:
    with open(file, encoding="utf8") as source:
        for block in re.split(r"\n(?=\S)", source.read()):
            if block.startswith("def _sentry_"):
                exec(block, helpers)


class Exploding:
    @property
    def usage(self):
        raise ValueError("boom")

    def __getattr__(self, name):
        raise KeyError(name)


class RaisingUsage:
    def usage(self):
        raise RuntimeError("boom")


class Usage:
    def usage(self):
        return CompletionUsage(prompt_tokens=1, completion_tokens=2, total_tokens=3)


cyclic = []
cyclic.append(cyclic)
SAMPLES = {
    "exploding": Exploding(),
    # A real SDK object without usage or choices (what a proxy or an older server may send).
    "bare": ChatCompletion.model_construct(id="x", choices=[], created=0, model="m", object="chat.completion", usage=None),
    "no_choices": ChatCompletion.model_construct(id="x", choices=None, created=0, model="m", object="chat.completion"),
    "choices_not_a_list": {"choices": 42},
    "dict": {"usage": {"input_tokens": 3}, "choices": [{"message": {"content": "hi"}}, {"message": None}]},
    "blocks": {"content": [{"type": "text", "text": "a"}, {"type": "image"}, {"type": "text", "text": "b"}]},
    "model": ChatCompletion.model_construct(usage=CompletionUsage(prompt_tokens=1, completion_tokens=2, total_tokens=3)),
    "messages": {"messages": [{"content": "first"}, {"content": "last"}]},
    "raising_method": RaisingUsage(),
    "method": Usage(),
    "cyclic": cyclic,
    "pydantic": CompletionUsage(prompt_tokens=1, completion_tokens=2, total_tokens=3),
    "unserialisable": {"when": object()},
    "none": None,
    "empty": [],
    "all_none": [None, None],
    "text": "Be brief.",
    "stop": "stop",
    "list": ["a"],
}
results = {}
for name, sample, expression in json.loads(sys.argv[1]):
    results[name] = eval(expression, helpers, {"value": SAMPLES[sample]})
print(json.dumps(results))
