// Formatting: tab-indented file; inserted and moved lines must use tabs.
import OpenAI from "openai";

const openai = new OpenAI();

export class Summarizer {
	async summarize(text: string, maxWords: number) {
		if (text.trim() === "") {
			return "";
		}
		const completion = await openai.chat.completions.create({
			model: "gpt-4o-mini",
			messages: [{ role: "user", content: `Summarize in ${maxWords} words:\n${text}` }],
		});
		return completion.choices[0].message.content ?? "";
	}
}
