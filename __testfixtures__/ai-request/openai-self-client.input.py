from openai import AzureOpenAI


class Assistant:
    def __init__(self, deployment: str):
        self.deployment = deployment
        self.client = AzureOpenAI(api_version="2024-06-01")

    def reply(self, history):
        completion = self.client.chat.completions.create(model=self.deployment, messages=history)
        return completion.choices[0].message.content
