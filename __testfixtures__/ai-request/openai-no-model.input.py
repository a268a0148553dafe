from openai import AsyncOpenAI, OpenAI

client = OpenAI()
async_client = AsyncOpenAI()


def resume_stream(response_id: str, cursor: int):
    # A background response resumed where the stream left off: the request names no model.
    with client.responses.stream(response_id=response_id, starting_after=cursor) as stream:
        for event in stream:
            print(event.type)
        return stream.get_final_response()


async def resume_stream_async(response_id: str):
    async with async_client.responses.stream(response_id=response_id, starting_after=10) as stream:
        async for event in stream:
            print(event.type)


def create_from_prompt(prompt_id: str, question: str):
    # The stored prompt chooses the model.
    response = client.responses.create(prompt={"id": prompt_id}, input=question)
    return response.output_text


def with_model(question: str):
    with client.responses.stream(model="gpt-4o-mini", input=question) as stream:
        return stream.get_final_response()
