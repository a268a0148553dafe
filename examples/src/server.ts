import "./instrument";

import * as Sentry from "@sentry/node";
import { createServer, type IncomingMessage } from "node:http";
import { ReplyDrafter } from "./reply-drafter";
import { findSimilarTickets } from "./search";
import { tickets, type NewTicket } from "./lib/tickets";
import { translateReply } from "./translate";
import { triageTicket } from "./triage";

const drafter = new ReplyDrafter();

async function readJson<T>(req: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as T;
}

async function handleNewTicket(input: NewTicket & { language?: string }) {
  const ticket = await tickets.create(input);
  const triage = await triageTicket(ticket);
  const draft = await drafter.draft(ticket, triage);
  const reply = await translateReply(draft, input.language ?? "en");
  const duplicates = await findSimilarTickets(`${ticket.subject}\n${ticket.body}`);

  const { embedding, ...labels } = triage;
  await tickets.update(ticket.id, { ...labels, embedding, draftReply: reply });
  return { id: ticket.id, ...labels, draftReply: reply, duplicates: duplicates.map((t) => t.id) };
}

const server = createServer(async (req, res) => {
  try {
    if (req.method === "POST" && req.url === "/tickets") {
      const result = await handleNewTicket(await readJson<NewTicket & { language?: string }>(req));
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(result));
      return;
    }
    res.writeHead(404).end();
  } catch (err) {
    Sentry.captureException(err);
    res.writeHead(500).end();
  }
});

server.listen(Number(process.env.PORT ?? 3000), () => {
  console.log(`support desk listening on :${process.env.PORT ?? 3000}`);
});
