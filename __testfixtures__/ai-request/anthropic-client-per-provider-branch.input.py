from anthropic import Anthropic, AnthropicBedrock, AnthropicVertex


def sample(provider, api_key, messages):
    if provider == "anthropic":
        client = Anthropic(api_key=api_key, max_retries=4)
    elif provider == "vertex":
        client = AnthropicVertex()
    elif provider == "bedrock":
        client = AnthropicBedrock()
    response = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=messages)
    return response.content


class Sampler:
    def __init__(self, use_vertex):
        if use_vertex:
            self.client = Anthropic()
        else:
            self.client = AnthropicVertex()

    def sample(self, messages):
        return self.client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=messages)


def sample_bedrock(messages):
    client = Anthropic()
    client = AnthropicBedrock()
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=messages)
