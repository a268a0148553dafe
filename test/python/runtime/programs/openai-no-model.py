"""Requests that name no model where the codemod can see: the model travels in `extra_body` (as a stored
prompt or a resumed response would choose it server-side). The span is named by the operation alone until
the response names the model; then the response's model is recorded as the requested one and names the span."""
import os

from openai import OpenAI

BASE = os.environ["MOCK_LLM_URL"]
client = OpenAI(base_url=BASE + "/v1", api_key="test-key", max_retries=0)


def created(question):
    response = client.responses.create(input=question, extra_body={"model": "gpt-4.1"})
    return response.output_text


def failed(question):
    try:
        client.responses.create(input=question, extra_body={"model": "error-model"})
    except Exception as error:
        return type(error).__name__
    return "no error"


def main(base_url):
    return {
        "created": created("No model here"),
        "failed": failed("No model fails"),
    }
