import openai
import openai as oai


def classic(prompt):
    completion = openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return completion.choices[0].message.content


def aliased(prompt):
    client = oai.OpenAI(base_url="https://api.groq.com/openai/v1")
    reply = client.chat.completions.create(model="llama-3.1-8b-instant", messages=[{"role": "user", "content": prompt}])
    return reply
