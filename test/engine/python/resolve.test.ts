import { analyze } from "./helpers";

/** How far receivers are traced: each snippet's single call must resolve to the named SDK. */
const resolved: Array<[string, string, string]> = [
  [
    "a context-managed client",
    "from openai import OpenAI\n\nwith OpenAI() as client:\n    r = client.chat.completions.create(model='m', messages=[])\n",
    "openai",
  ],
  [
    "a walrus",
    "import anthropic\n\nif (c := anthropic.Anthropic()):\n    pass\nr = c.messages.create(model='m', max_tokens=1, messages=[])\n",
    "anthropic",
  ],
  [
    "an instance of a local class",
    "from openai import OpenAI\n\nclass Svc:\n    def __init__(self):\n        self.llm = OpenAI()\n\nsvc = Svc()\nr = svc.llm.embeddings.create(model='e', input='x')\n",
    "openai",
  ],
  [
    "a class attribute read through the class",
    "from openai import OpenAI\n\nclass Config:\n    client = OpenAI()\n\nr = Config.client.embeddings.create(model='e', input='x')\n",
    "openai",
  ],
  [
    "a string annotation",
    "import openai\n\ndef f(client: 'openai.OpenAI'):\n    r = client.embeddings.create(model='e', input='x')\n    return r\n",
    "openai",
  ],
  [
    "an `X | None` annotation",
    "from anthropic import AsyncAnthropic\n\nasync def f(c: AsyncAnthropic | None):\n    r = await c.messages.create(model='m', max_tokens=1, messages=[])\n    return r\n",
    "anthropic",
  ],
  [
    "a client reassigned from None",
    "from openai import OpenAI\n\nclient = None\nclient = OpenAI()\n\ndef f():\n    r = client.embeddings.create(model='e', input='x')\n    return r\n",
    "openai",
  ],
  [
    "`import google.genai`",
    "import google.genai\n\nc = google.genai.Client()\nr = c.models.generate_content(model='g', contents='x')\n",
    "google-genai",
  ],
  [
    "a chat session from `chats.create`",
    "from google import genai\n\nchat = genai.Client().chats.create(model='gemini-2.0-flash')\nr = chat.send_message('hi')\n",
    "google-genai",
  ],
  [
    "a LiteLLM router",
    "from litellm import Router\n\nrouter = Router(model_list=[])\nr = router.completion(model='gpt-4o', messages=[])\n",
    "litellm",
  ],
];

describe("python receivers", () => {
  test.each(resolved)("%s", async (_label, source, sdk) => {
    const result = await analyze(source);
    expect(result.diagnostics).toEqual([]);
    expect(result.sites).toHaveLength(1);
    expect(result.sites[0]).toMatchObject({ sdk, status: "instrumentable" });
  });

  test("a chat session carries the model of `chats.create`", async () => {
    const result = await analyze(
      "from google import genai\n\nchat = genai.Client().chats.create(model='gemini-2.0-flash')\nr = chat.send_message('hi')\n",
    );
    expect(result.sites[0].spanName).toBe("chat gemini-2.0-flash");
  });

  test("a shadowed name is not a client", async () => {
    const result = await analyze(
      "from openai import OpenAI\n\ndef f(OpenAI):\n    client = OpenAI()\n    r = client.chat.completions.create(model='m', messages=[])\n    return r\n",
    );
    expect(result.sites.map((site) => site.status)).toEqual(["unresolved"]);
  });
});
