import litellm
from litellm import acompletion, completion


def stream_reply(messages):
    response = completion(model="openai/gpt-4o", messages=messages, stream=True, stream_options={"include_usage": True})
    for chunk in response:
        print(chunk.choices[0].delta.content or "")


async def stream_reply_async(question):
    response = await acompletion("anthropic/claude-3-5-haiku-latest", [{"role": "user", "content": question}], stream=True)
    async for chunk in response:
        print(chunk.choices[0].delta.content or "")


def stream_in_loop(messages):
    for chunk in litellm.completion(model="gpt-4o-mini", messages=messages, stream=True):
        print(chunk)


def stream_maybe(messages, flag):
    # not a literal True: whether it streams is only known at run time
    return completion(model="gpt-4o", messages=messages, stream=flag)
