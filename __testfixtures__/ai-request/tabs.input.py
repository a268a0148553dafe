from anthropic import AsyncAnthropic

client = AsyncAnthropic()


class Bot:
	async def reply(self, messages):
		if not messages:
			return None
		message = await client.messages.create(
			model="claude-3-5-haiku-latest",
			max_tokens=256,
			messages=messages,
		)
		return message
