"""An in-house client described under `customSdks` in the config file (custom-python-sdk.config.json)."""
import acme_llm
from acme_llm import AcmeClient, AsyncAcmeClient, complete

acme = AcmeClient(model="acme-large")
async_acme = AsyncAcmeClient()


def ask(question):
    answer = acme.chat.send([{"role": "user", "content": question}])
    return answer.reply.text


async def ask_async(question):
    answer = await async_acme.chat.send(history=[{"role": "user", "content": question}], model="acme-small")
    return answer.reply.text


def summarise(text):
    return complete("acme-small", f"Summarise: {text}").text


def summarise_through_module(text):
    return acme_llm.complete(model="acme-small", prompt=text).text


def stream(question):
    # streamed: left for manual work
    return acme.chat.stream([{"role": "user", "content": question}])


def look_alike(other, question):
    # not an AcmeClient: left alone
    return other.chat.send([{"role": "user", "content": question}])
