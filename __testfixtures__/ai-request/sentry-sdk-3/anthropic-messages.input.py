import anthropic

client = anthropic.Anthropic()


def chat(messages, tools):
    message = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1024,
        system="You are a helpful assistant.",
        messages=messages,
        tools=tools,
    )
    return message
