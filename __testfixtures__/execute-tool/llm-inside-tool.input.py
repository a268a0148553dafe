from agents import function_tool
from openai import OpenAI

client = OpenAI()


@function_tool
def summarize(text: str) -> str:
    """Summarize a text with a smaller model."""
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
    )
    return completion.choices[0].message.content
