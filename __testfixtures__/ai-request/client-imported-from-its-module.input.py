from anthropic.lib.vertex import AnthropicVertex
from openai._client import AsyncOpenAI
from openai.lib.azure import AzureOpenAI

azure = AzureOpenAI(api_version="2024-06-01", azure_endpoint="https://my-resource.openai.azure.com")
vertex = AnthropicVertex(region="us-east5", project_id="my-project")


def ask_azure(question):
    completion = azure.chat.completions.create(
        model="deployment-name",
        messages=[{"role": "user", "content": question}],
    )
    return completion.choices[0].message.content


async def ask_openai(question):
    client = AsyncOpenAI()
    response = await client.responses.create(model="gpt-4o", input=question)
    return response.output_text


def ask_vertex(question):
    message = vertex.messages.create(
        model="claude-sonnet-4-5", max_tokens=1024, messages=[{"role": "user", "content": question}]
    )
    return message.content
