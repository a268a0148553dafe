// Formatting: CRLF line endings, tabs, single quotes and no semicolons are kept in the inserted code.
import { Agent, run, tool } from '@openai/agents'
import { z } from 'zod'
import * as Sentry from '@sentry/node'

const echo = tool({
	name: 'echo',
	description: 'Echo the text',
	parameters: z.object({ text: z.string() }),
	execute: async ({ text }) => runInToolSpan('echo', 'Echo the text', { text }, async () => {
		const banner = `
  ${text}
`
		return banner
	}),
})

const echoer = new Agent({ name: 'Echoer', instructions: 'Echo.', tools: [echo] })

export async function shout(text: string) {
	const result = await Sentry.startSpan(
		{
			op: 'gen_ai.invoke_agent',
			name: 'invoke_agent Echoer',
			attributes: {
				'gen_ai.operation.name': 'invoke_agent',
				'gen_ai.agent.name': 'Echoer',
				'gen_ai.request.available_tools': '[{"name":"echo"}]',
			},
		},
		async (span) => {
			const response = await run(echoer, sentryRecordInput(span, 'gen_ai.request.messages', text))
			span.setAttributes({
				'gen_ai.response.text': sentryRecordsAiContent('outputs') ? toSpanJson([response?.finalOutput]) : undefined,
				'gen_ai.usage.input_tokens': response?.state?.usage?.inputTokens,
				'gen_ai.usage.output_tokens': response?.state?.usage?.outputTokens,
				'gen_ai.usage.total_tokens': response?.state?.usage?.totalTokens,
			})
			return response
		},
	)
	return result.finalOutput
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: 'inputs' | 'outputs'): boolean {
	// SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
	const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
		Sentry.getClient()?.getOptions()
	if (!options) return false
	if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true
	return Number(Sentry.SDK_VERSION.split('.')[0]) >= 11 || options.sendDefaultPii === true
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
	try {
		if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined
		return JSON.stringify(value)
	} catch {
		return undefined
	}
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {
	try {
		if (sentryRecordsAiContent('inputs')) {
			const recorded =
				typeof value === 'string' && key !== 'gen_ai.request.messages'
					? value
					: toSpanJson(typeof value === 'string' ? [{ role: 'user', content: value }] : value)
			if (recorded !== undefined) span.setAttribute(key, recorded)
		}
	} catch {
		// Recording must not change what the app sends.
	}
	return value
}

/** Runs a tool's body in a Sentry execute_tool span; its result (a promise stays a promise) and errors pass through. */
function runInToolSpan<R>(name: string | undefined, description: string | undefined, input: unknown, body: () => R): R {
	return Sentry.startSpan(
		{
			op: 'gen_ai.execute_tool',
			name: name ? `execute_tool ${name}` : 'execute_tool',
			attributes: {
				'gen_ai.operation.name': 'execute_tool',
				'gen_ai.tool.name': name,
				'gen_ai.tool.description': description,
				'gen_ai.tool.input': sentryRecordsAiContent('inputs') ? toSpanJson(input) : undefined,
			},
		},
		(span) => {
			const output = body()
			const record = (value: unknown) => {
				if (sentryRecordsAiContent('outputs')) span.setAttribute('gen_ai.tool.output', toSpanJson(value))
			}
			if (typeof (output as { then?: unknown } | null | undefined)?.then === 'function') {
				(output as unknown as PromiseLike<unknown>).then(record, () => undefined)
			} else {
				record(output)
			}
			return output
		},
	)
}
