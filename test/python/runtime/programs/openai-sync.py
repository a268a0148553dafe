"""openai's sync client: chat, a failing chat, the Responses API, embeddings, a raw-response chat."""
import os

from openai import OpenAI

client = OpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0)


def chat(question):
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": question}],
        temperature=0.5,
        max_tokens=64,
    )
    return response.choices[0].message.content


def respond(question):
    response = client.responses.create(model="gpt-4.1-mini", instructions="Answer in one line.", input=question)
    return response.output_text


def embed(texts):
    result = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [item.embedding for item in result.data]


def chat_raw(question):
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    return {"status": raw.http_response.status_code, "text": raw.parse().choices[0].message.content}


def failing(question):
    try:
        client.chat.completions.create(model="error-model", messages=[{"role": "user", "content": question}])
    except Exception as error:
        return type(error).__name__
    return "no error"


def main(base_url):
    print("chat:", chat("What is a span?"))
    return {
        "chat": chat("Hello there"),
        "respond": respond("Why trace?"),
        "embed": embed(["alpha", "beta"]),
        "raw": chat_raw("Raw please"),
        "error": failing("Fail please"),
    }
