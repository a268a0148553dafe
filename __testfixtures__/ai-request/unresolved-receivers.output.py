"""The clients come from elsewhere: the tool cannot tell what they are, so it reports them."""
import openai


def ask(client, question):
    response = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
    return response


def claude(client, messages):
    return client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=100, messages=messages)
