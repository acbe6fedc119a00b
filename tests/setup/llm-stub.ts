/**
 * A local stand-in for an OpenAI-compatible chat-completion endpoint (POST /v1/chat/completions), for the
 * plan-import model assist tests. Every request is recorded; `answer` decides the reply.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    temperature: number;
    response_format: { type: string };
    messages: { role: string; content: string }[];
  };
  /** The measures sent in the user message. */
  measures: { ref: number; code?: string; text: string }[];
}

/** A reply: a chat completion whose message content is `content` (JSON-encoded unless it is a string), an HTTP error, or no reply at all. */
export type StubReply = { content: unknown } | { status: number } | "hang";

export interface LlmStub {
  /** Base URL to use as LLM_BASE_URL ("http://127.0.0.1:<port>/v1"). */
  baseUrl: string;
  requests: StubRequest[];
  answer: (request: StubRequest) => StubReply;
  close: () => Promise<void>;
}

export async function startLlmStub(answer: LlmStub["answer"] = () => ({ content: { measures: [] } })): Promise<LlmStub> {
  const stub: LlmStub = { baseUrl: "", requests: [], answer, close: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as StubRequest["body"];
      const user = body.messages.find((message) => message.role === "user");
      const request: StubRequest = {
        path: req.url,
        headers: req.headers,
        body,
        measures: user ? (JSON.parse(user.content) as { measures: StubRequest["measures"] }).measures : [],
      };
      stub.requests.push(request);
      const reply = stub.answer(request);
      if (reply === "hang") return;
      if ("status" in reply) {
        res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "stub failure" } }));
        return;
      }
      const content = typeof reply.content === "string" ? reply.content : JSON.stringify(reply.content);
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(
          JSON.stringify({ id: "stub", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] }),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
