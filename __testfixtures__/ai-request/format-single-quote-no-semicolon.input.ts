// Formatting: single quotes and no semicolons; generated code should follow the file's style.
import OpenAI from 'openai'

const openai = new OpenAI()

export async function suggestEmoji(status: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `One emoji for this status: ${status}` }],
  })
  return completion.choices[0].message.content
}
