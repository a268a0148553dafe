// AWS's binary event-stream framing (`application/vnd.amazon.eventstream`), which Bedrock's streaming replies use.
import { crc32 } from "node:zlib";

/**
 * One event-stream message: total length, headers length and the CRC32 of those 8 bytes (the prelude), the
 * headers (each a name, type 7 = string, and a 16-bit length), the JSON payload, and the CRC32 of everything
 * before it.
 */
function frame(headerValues: Record<string, string>, payload: unknown): Buffer {
  const headers = Buffer.concat(
    Object.entries(headerValues).map(([name, value]) => {
      const nameBytes = Buffer.from(name, "utf8");
      const valueBytes = Buffer.from(value, "utf8");
      const header = Buffer.alloc(1 + nameBytes.length + 3 + valueBytes.length);
      header.writeUInt8(nameBytes.length, 0);
      nameBytes.copy(header, 1);
      header.writeUInt8(7, 1 + nameBytes.length);
      header.writeUInt16BE(valueBytes.length, 2 + nameBytes.length);
      valueBytes.copy(header, 4 + nameBytes.length);
      return header;
    }),
  );
  const body = Buffer.from(JSON.stringify(payload), "utf8");
  const total = 12 + headers.length + body.length + 4;
  const prelude = Buffer.alloc(8);
  prelude.writeUInt32BE(total, 0);
  prelude.writeUInt32BE(headers.length, 4);
  const preludeCrc = Buffer.alloc(4);
  preludeCrc.writeUInt32BE(crc32(prelude), 0);
  const message = Buffer.concat([prelude, preludeCrc, headers, body]);
  const messageCrc = Buffer.alloc(4);
  messageCrc.writeUInt32BE(crc32(message), 0);
  return Buffer.concat([message, messageCrc]);
}

/** An event: `:event-type` names the union member the SDK hands over (`contentBlockDelta`, ...). */
export function eventStreamFrame(eventType: string, payload: unknown): Buffer {
  return frame({ ":event-type": eventType, ":content-type": "application/json", ":message-type": "event" }, payload);
}

/**
 * An exception message, which is how Bedrock fails a stream half way (`modelStreamErrorException`): the SDK
 * throws it from the stream's iterator.
 */
export function eventStreamException(exceptionType: string, message: string): Buffer {
  return frame(
    { ":exception-type": exceptionType, ":content-type": "application/json", ":message-type": "exception" },
    { message },
  );
}
