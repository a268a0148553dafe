# A client that falls back to a default (`client or Anthropic()`) is traced through the `or`, and a call whose
# arguments come from a mapping (`create(**params)`) reads the model and messages from that mapping at run time,
# so the span is named after the model and `check` finds `gen_ai.request.model`.
import os

from anthropic import Anthropic


class Agent:
    def __init__(self, client: Anthropic | None = None, model: str = "claude-sonnet-4-5"):
        self.client = client or Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY", ""))
        self.model = model

    def ask(self, question):
        params = {"model": self.model, "max_tokens": 256, "messages": [{"role": "user", "content": question}]}
        response = self.client.messages.create(**params)
        return response.content[0].text
