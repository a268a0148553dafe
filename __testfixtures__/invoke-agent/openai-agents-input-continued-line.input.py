from agents import Agent, Runner
from openai import OpenAI

first_agent = Agent(name="Assistant", instructions="Be helpful.")
client = OpenAI()


async def follow_up(result):
    result = await Runner.run(
        first_agent,
        input=result.to_input_list()
        + [{"content": "Can you generate a random number between 0 and 100?", "role": "user"}],
    )
    return result.final_output


def ask(history, question):
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=history
        + [{"role": "user", "content": question}],  # the new turn
    )
    return response.choices[0].message.content
