// Formatting: 4-space-indented file with the call nested in try/if; indentation must stay 4 spaces.
import OpenAI from "openai";

const openai = new OpenAI();

export async function detectSpam(comment: string): Promise<boolean> {
    try {
        if (comment.length > 20) {
            const completion = await openai.chat.completions.create({
                model: "gpt-4o-mini",
                messages: [{ role: "user", content: `Is this spam? Answer yes or no.\n${comment}` }],
                temperature: 0,
            });
            return completion.choices[0].message.content?.toLowerCase().startsWith("yes") ?? false;
        }
        return false;
    } catch {
        return false;
    }
}
