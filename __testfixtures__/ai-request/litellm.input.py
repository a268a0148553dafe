import litellm
from litellm import acompletion, completion


def sync_call(messages):
    response = completion("anthropic/claude-3-haiku-20240307", messages)
    return response


async def async_call(messages):
    response = await acompletion(model="gpt-4o-mini", messages=messages, temperature=0)
    return response


def module_call(messages):
    response = litellm.completion(model="gemini/gemini-1.5-flash", messages=messages)
    return response
