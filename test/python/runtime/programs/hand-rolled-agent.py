"""A hand-written agent loop: chat completions with tools, tool calls dispatched through a registry."""
import json
import os

from openai import OpenAI

client = OpenAI(base_url=os.environ["MOCK_LLM_URL"] + "/v1", api_key="test-key", max_retries=0)


def lookup_order(order_id):
    # An LLM call inside a tool: its span is a child of the tool's.
    summary = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": order_id}])
    return {"order": order_id, "status": "shipped", "note": summary.choices[0].message.content}


def refund(order_id, amount):
    return f"refunded {amount} on {order_id}"


TOOLS = {"lookup_order": lookup_order, "refund": refund}
TOOL_SCHEMAS = [
    {
        "type": "function",
        "function": {
            "name": "lookup_order",
            "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}},
        },
    },
    {
        "type": "function",
        "function": {
            "name": "refund",
            "parameters": {
                "type": "object",
                "properties": {"order_id": {"type": "string"}, "amount": {"type": "number"}},
            },
        },
    },
]


class SupportAgent:
    """Answers support questions, calling tools until the model replies with text."""

    def run(self, task):
        messages = [{"role": "user", "content": task}]
        for _ in range(5):
            response = client.chat.completions.create(model="gpt-4o-agent", messages=messages, tools=TOOL_SCHEMAS)
            message = response.choices[0].message
            if not message.tool_calls:
                return message.content
            messages.append(message.model_dump(exclude_none=True))
            for call in message.tool_calls:
                args = json.loads(call.function.arguments)
                output = TOOLS[call.function.name](**args)
                messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(output)})
        return "gave up"


def main(base_url):
    return {"answer": SupportAgent().run("Refund order A1")}
