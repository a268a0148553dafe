// A local HTTP server that speaks enough of each LLM provider's wire format for the real SDK
// clients, with deterministic replies. See mock/route.ts for the reply rules and mock/usage.ts
// for the token numbers.
//
// Where to point each SDK (base = server.url):
//   openai / LangChain ChatOpenAI / @ai-sdk/openai   baseURL `${base}/v1`
//   @anthropic-ai/sdk                                 baseURL base
//   @google/genai                                     httpOptions.baseUrl base
//   @google/generative-ai                             requestOptions.baseUrl base
//   @mistralai/mistralai                              serverURL base (matched by its user agent)
//   groq-sdk                                          baseURL base
//   cohere-ai CohereClientV2                          environment base
//   ollama                                            host base
//   BedrockRuntimeClient                              endpoint base, static fake credentials
import http from "node:http";
import http2 from "node:http2";
import net, { AddressInfo, Socket } from "node:net";
import { anthropicRoutes } from "./mock/providers/anthropic";
import { googleRoutes } from "./mock/providers/google";
import { groqRoutes, mistralRoutes, openAiRoutes } from "./mock/providers/openai";
import { bedrockRoutes, cohereRoutes, ollamaRoutes } from "./mock/providers/others";
import { describeCall, ERROR_MODEL, MockProvider, MockReply, MockRequest, MockRoute } from "./mock/route";
import {
  ERROR_MIDSTREAM_MODEL,
  MIDSTREAM_FAILURE_AFTER_EVENTS,
  StreamingResponse,
  writeEventStream,
} from "./mock/streams/sse";

export { ERROR_MODEL, mockReplyText, mockResponseModel } from "./mock/route";
export { ERROR_MIDSTREAM_MODEL, MIDSTREAM_FAILURE_AFTER_EVENTS, textDeltas } from "./mock/streams/sse";
export type { MockProvider } from "./mock/route";
export { MOCK_EMBEDDING, MOCK_USAGE } from "./mock/usage";

export interface RecordedRequest extends MockRequest {
  /** "unknown" when no route matched (the mock answered 404). */
  provider: MockProvider | "unknown";
  operation: string;
  /** Model named by the request, "" when none. */
  model: string;
}

export interface MockServer {
  /** e.g. http://127.0.0.1:43125 (no trailing slash) */
  url: string;
  port: number;
  /** Every request received, in arrival order. Shared by all programs using this server. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const ROUTES: MockRoute[] = [
  ...openAiRoutes,
  ...mistralRoutes,
  ...groqRoutes,
  ...anthropicRoutes,
  ...googleRoutes,
  ...cohereRoutes,
  ...ollamaRoutes,
  ...bedrockRoutes,
];

export async function startMockLlmServer(): Promise<MockServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const handle = (incoming: IncomingRequest, outgoing: OutgoingResponse) => {
    readRequest(incoming)
      .then((request) => {
        const { recorded, reply } = answer(request);
        requests.push(recorded);
        send(outgoing, reply);
      })
      .catch((error: unknown) => send(outgoing, { status: 400, body: { error: { message: String(error) } } }));
  };
  // One port, two protocols: Bedrock's client speaks HTTP/2 with prior knowledge (h2c), every
  // other SDK HTTP/1.1. The first bytes of a connection decide which server parses it.
  const http1Server = http.createServer(handle);
  const http2Server = http2.createServer(handle);
  const server = net.createServer((socket) => {
    // Tracked so close() does not wait for SDK keep-alive connections to time out.
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.once("data", (firstChunk: Buffer) => {
      socket.pause();
      socket.unshift(firstChunk);
      const isHttp2 = firstChunk.subarray(0, 3).toString("latin1") === "PRI";
      (isHttp2 ? http2Server : http1Server).emit("connection", socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    return closing;
  };

  return { url: `http://127.0.0.1:${port}`, port, requests, close };
}

type IncomingRequest = http.IncomingMessage | http2.Http2ServerRequest;

/** The part of Node's HTTP/1 and HTTP/2 compatibility responses the mock uses. */
type OutgoingResponse = http.ServerResponse | http2.Http2ServerResponse;

function answer(request: MockRequest): { recorded: RecordedRequest; reply: MockReply } {
  const route = ROUTES.find((candidate) => candidate.matches(request));
  if (!route) {
    const message = `mock-llm-server: no route for ${request.method} ${request.path}`;
    return {
      recorded: { ...request, provider: "unknown", operation: "", model: "" },
      reply: { status: 404, body: { error: { message } } },
    };
  }
  const call = describeCall(route, request);
  const recorded = { ...request, provider: route.provider, operation: route.operation, model: call.model };
  const reply = call.model === ERROR_MODEL ? route.error(`mock failure for model ${ERROR_MODEL}`) : route.reply(call);
  if (reply.stream && call.model === ERROR_MIDSTREAM_MODEL)
    reply.stream.failAfterEvents = MIDSTREAM_FAILURE_AFTER_EVENTS;
  return { recorded, reply };
}

async function readRequest(incoming: IncomingRequest): Promise<MockRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    // HTTP/2 pseudo-headers (":path", ":method") duplicate fields read below.
    if (value !== undefined && !name.startsWith(":")) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return {
    method: incoming.method ?? "GET",
    path: new URL(incoming.url ?? "/", "http://mock").pathname,
    headers,
    body: parseBody(text),
  };
}

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(outgoing: OutgoingResponse, reply: MockReply): void {
  if (reply.stream) {
    // Every SDK's stream but Bedrock's arrives over HTTP/1.1; Bedrock's over HTTP/2, whose compatibility response has the same methods.
    writeEventStream(outgoing as StreamingResponse, reply.stream, reply.headers);
    return;
  }
  const payload = JSON.stringify(reply.body);
  outgoing.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    ...reply.headers,
  });
  outgoing.end(payload);
}
