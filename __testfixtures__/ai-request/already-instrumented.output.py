import json

import sentry_sdk
from openai import OpenAI

client = OpenAI()


def ask(question):
    with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:
        span.set_data("gen_ai.request.model", "gpt-4o")
        response = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
        span.set_data("gen_ai.response.text", json.dumps([response.choices[0].message.content]))
    return response


def legacy(question):
    with sentry_sdk.start_span(op="gen_ai.request", name="request gpt-4o"):
        return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
