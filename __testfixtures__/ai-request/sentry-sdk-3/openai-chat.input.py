from openai import OpenAI

client = OpenAI()


def ask(question: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
        temperature=0.2,
        max_tokens=300,
    )
    return response.choices[0].message.content
