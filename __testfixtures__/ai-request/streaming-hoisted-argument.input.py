from langchain_openai import ChatOpenAI
from openai import OpenAI

client = OpenAI()
llm = ChatOpenAI(model="gpt-4o")


def build_messages(topic):
    return [{"role": "user", "content": f"Tell me about {topic}"}]


def stream_built(topic):
    stream = client.chat.completions.create(model="gpt-4o", messages=build_messages(topic), stream=True)
    for chunk in stream:
        print(chunk)


def stream_loop_built(topic):
    for chunk in llm.stream(
        build_messages(topic),
    ):
        print(chunk.content)


def stream_plain(messages):
    # nothing to hoist: no try block
    stream = client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    for chunk in stream:
        print(chunk)
