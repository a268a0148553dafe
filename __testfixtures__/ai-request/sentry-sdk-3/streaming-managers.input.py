from openai import AsyncOpenAI, OpenAI

client = OpenAI()
async_client = AsyncOpenAI()


def build_messages(topic):
    return [{"role": "user", "content": f"Tell me about {topic}"}]


def stream_built(topic):
    stream = client.chat.completions.create(model="gpt-4o", messages=build_messages(topic), stream=True)
    for chunk in stream:
        print(chunk)


def response_text(question):
    with client.responses.stream(model="gpt-4.1", input=question) as stream:
        return stream.get_final_response().output_text


async def response_text_async(question):
    async with async_client.responses.stream(model="gpt-4.1", input=question) as stream:
        return (await stream.get_final_response()).output_text
