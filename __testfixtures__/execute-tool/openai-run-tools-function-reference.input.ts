// openai's tool runner given functions of this file by reference (`function: getWeather`): the reference is wrapped
// where it is passed, and the functions stay as written. A function from another module is reported instead.
import OpenAI from "openai";
import { lookUpOrder } from "./tool-helper-functions";

const client = new OpenAI();

async function getWeather({ city }: { city: string }) {
  return `sunny in ${city}`;
}

const currentTime = (_args: Record<string, never>) => new Date().toISOString();

export async function ask(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [
      {
        type: "function",
        function: {
          description: "Get the weather for a city",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
          parse: JSON.parse,
          function: getWeather,
        },
      },
    ],
  });
  return runner.finalContent();
}

export async function whatTime(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [
      {
        type: "function",
        function: {
          name: "current_time",
          description: "The current time",
          parameters: { type: "object", properties: {} },
          parse: JSON.parse,
          function: currentTime,
        },
      },
    ],
  });
  return runner.finalContent();
}

export async function order(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [
      {
        type: "function",
        function: {
          name: "look_up_order",
          description: "Look up an order",
          parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
          parse: JSON.parse,
          function: lookUpOrder,
        },
      },
    ],
  });
  return runner.finalContent();
}

export async function weatherNow(city: string) {
  return getWeather({ city });
}
