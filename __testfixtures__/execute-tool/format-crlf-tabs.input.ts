// Formatting: CRLF line endings, tabs, single quotes and no semicolons are kept in the inserted code.
import { Agent, run, tool } from '@openai/agents'
import { z } from 'zod'

const echo = tool({
	name: 'echo',
	description: 'Echo the text',
	parameters: z.object({ text: z.string() }),
	execute: async ({ text }) => {
		const banner = `
  ${text}
`
		return banner
	},
})

const echoer = new Agent({ name: 'Echoer', instructions: 'Echo.', tools: [echo] })

export async function shout(text: string) {
	const result = await run(echoer, text)
	return result.finalOutput
}
