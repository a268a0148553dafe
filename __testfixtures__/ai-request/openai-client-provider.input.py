from openai import OpenAI
from openai.providers import bedrock, vertex

client = OpenAI(provider=bedrock(region="us-west-2"))
provider = vertex(project="my-project", location="us-central1")
vertex_client = OpenAI(provider=provider)


def runtime_client(token):
    if token:
        runtime = bedrock(endpoint="runtime", api_key=token)
    else:
        runtime = bedrock(endpoint="runtime", api_key=None)
    runtime_client = OpenAI(provider=runtime)
    return runtime_client.chat.completions.create(model="us.openai.gpt-5.6-sol", messages=[])


def hello():
    response = client.responses.create(model="openai.gpt-5.4", input="Say hello!")
    return response.output_text


def hello_vertex(messages):
    completion = vertex_client.chat.completions.create(model="gpt-5.2", messages=messages)
    return completion.choices[0].message.content
