"""Calls the tool finds but cannot lift to a statement: reported, never rewritten."""
from openai import OpenAI

client = OpenAI()

ask = lambda q: client.chat.completions.create(model="gpt-4o", messages=q)


def many(questions):
    return [client.chat.completions.create(model="gpt-4o", messages=q) for q in questions]


def default(answer=client.chat.completions.create(model="gpt-4o", messages=[])):
    return answer


def conditional(q, cached):
    return cached if cached else client.chat.completions.create(model="gpt-4o", messages=q)


@cache(key=client.embeddings.create(model="text-embedding-3-small", input="key").data[0].embedding)
def decorated():
    return 1


def loop(q):
    while client.chat.completions.create(model="gpt-4o", messages=q).choices[0].finish_reason == "length":
        q = q[1:]
    if q: x = client.chat.completions.create(model="gpt-4o", messages=q)
    elif client.chat.completions.create(model="gpt-4o", messages=q):
        pass
    return log(q), client.chat.completions.create(model="gpt-4o", messages=q)
