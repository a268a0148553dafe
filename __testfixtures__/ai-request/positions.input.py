from openai import OpenAI

client = OpenAI()

PROMPT = """You are a poet.
    Keep the indentation of this text exactly."""


def hoisted_positions(topic, results):
    if client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": topic}]).choices:
        print("got choices")
    for choice in client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": topic}]).choices:
        print(choice)
    results.append(
        client.chat.completions.create(
            model="gpt-4o",
            messages=[
                {"role": "system", "content": PROMPT},
                {"role": "user", "content": f"""Write about
{topic}."""},
            ],
        )
    )
    text = client.chat.completions.create(model="gpt-4o", messages=build_messages(topic)).choices[0].message.content
    return text


def build_messages(topic):
    return [{"role": "user", "content": topic}]
