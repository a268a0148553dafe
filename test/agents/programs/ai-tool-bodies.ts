// Runtime program (uninstrumented): tool functions called directly, as the SDK calls them. Each body runs in its
// span from inside the function, so what the function sees must not change: a method's `this` and `arguments`, a
// sync result that is not a promise, a destructured (and renamed) parameter, a default, and a body that throws.
import { tool } from "ai";
import { z } from "zod";

const options = { toolCallId: "call_1", messages: [] };

const toolkit = {
  prefix: "at",
  clock: tool({
    description: "The current time",
    inputSchema: z.object({ zone: z.string() }),
    execute(input) {
      return `${(this as unknown as { prefix: string }).prefix} noon in ${input.zone} (${arguments.length} arguments)`;
    },
  }),
};

const shout = tool({
  description: "Shout a city's name",
  inputSchema: z.object({ city: z.string(), times: z.number().optional() }),
  execute: ({ city: name, times = 2 }) => name.toUpperCase().repeat(times),
});

const lookup = tool({
  description: "Look a city up",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    if (!city) throw new TypeError("no city");
    return { city, found: true };
  },
});

export async function main(_baseUrl: string) {
  const clock = toolkit.clock.execute!.call(toolkit, { zone: "UTC" }, options);
  const shouted = shout.execute!({ city: "paris" }, options);
  const found = await lookup.execute!({ city: "Lyon" }, options);
  let thrown: string | undefined;
  try {
    await lookup.execute!({ city: "" }, options);
  } catch (error) {
    thrown = String(error);
  }
  return { clock, shouted, shoutedIsString: typeof shouted === "string", found, thrown };
}
