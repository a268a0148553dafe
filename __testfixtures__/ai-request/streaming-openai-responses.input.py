from openai import OpenAI

client = OpenAI()


def answer(question):
    with client.responses.stream(model="gpt-4.1", input=question) as stream:
        text = ""
        for event in stream:
            if event.type == "response.output_text.delta":
                text += event.delta
        return text


def final_answer(question):
    with client.responses.stream(model="gpt-4.1-mini", input=question, instructions="Be brief.") as stream:
        return stream.get_final_response().output_text


def manager_kept(question):
    # the manager is not entered here: the block is out of sight
    manager = client.responses.stream(model="gpt-4.1", input=question)
    return manager


def answer_logged(question, log):
    # two managers in one `with`: left for manual work
    with client.responses.stream(model="gpt-4.1", input=question) as stream, open(log, "w") as out:
        out.write(stream.get_final_response().output_text)
