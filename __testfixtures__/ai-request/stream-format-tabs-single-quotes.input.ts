// Streaming: tabs, single quotes and no semicolons: the span and the helpers follow the file's indentation.
import { GoogleGenAI } from '@google/genai'

const ai = new GoogleGenAI({})

export async function streamStory(prompt: string) {
	const stream = await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: prompt })
	for await (const chunk of stream) {
		process.stdout.write(chunk.text ?? '')
	}
}
