import os

from openai import OpenAI

client = OpenAI()


def ask(question):
    response = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
    )
    return response
