"""Calls that look like LLM calls but are not: nothing here may change."""
import requests
from myapp.models import Message


class Inbox:
    def __init__(self):
        self.messages = Message.objects

    def post(self, text):
        return self.messages.create(text=text)


class Workflow:
    def run(self, job):
        return job()


def fetch(url):
    response = requests.post(url, json={"model": "gpt-4o"})
    chain = build_chain()
    result = chain.invoke({"question": "hi"})
    return response, result, Workflow().run(lambda: 1)
