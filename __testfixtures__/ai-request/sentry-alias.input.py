import sentry_sdk as sentry
from openai import OpenAI

client = OpenAI()


def ask(question):
    sentry.set_tag("feature", "ask")
    response = client.chat.completions.create(model="gpt-4o", messages=question)
    return response
