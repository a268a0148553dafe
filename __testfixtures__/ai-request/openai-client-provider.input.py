from openai import OpenAI
from openai.providers import bedrock, vertex

client = OpenAI(provider=bedrock(region="us-west-2"))
provider = vertex(project="my-project", location="us-central1")
vertex_client = OpenAI(provider=provider)


def hello():
    response = client.responses.create(model="openai.gpt-5.4", input="Say hello!")
    return response.output_text


def hello_vertex(messages):
    completion = vertex_client.chat.completions.create(model="gpt-5.2", messages=messages)
    return completion.choices[0].message.content
