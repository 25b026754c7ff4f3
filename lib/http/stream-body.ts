// Reading a large request body as a stream of text, for routes that take files (the legacy log import):
// the body is decoded as it arrives and never held whole in memory. The size limit is counted while
// streaming (413), like readJsonBody's, so a missing or lying Content-Length doesn't help.
import { PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/errors";

export interface TextBody<F extends string> {
  /** Which of the accepted formats the Content-Type named. */
  format: F;
  chunks: AsyncIterable<string>;
}

export interface BodyFormat {
  /** Matches the Content-Type values that mean this format. */
  pattern: RegExp;
  /** The media type named in the 415 message. */
  mediaType: string;
}

/** Picks the body's format from its Content-Type (415 for any other) and returns its text as it streams in. */
export function streamTextBody<F extends string>(request: Request, formats: Record<F, BodyFormat>, maxBytes: number): TextBody<F> {
  const type = request.headers.get("content-type") ?? "";
  const names = Object.keys(formats) as F[];
  const format = names.find((f) => formats[f].pattern.test(type));
  if (!format) {
    throw new UnsupportedMediaTypeError(`Send the body with Content-Type ${names.map((f) => formats[f].mediaType).join(" or ")}.`);
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  return { format, chunks: decode(request.body, maxBytes) };
}

async function* decode(body: ReadableStream<Uint8Array> | null, maxBytes: number): AsyncIterable<string> {
  if (!body) return;
  const decoder = new TextDecoder("utf-8");
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      yield decoder.decode(value, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    await reader.cancel().catch(() => {});
  }
}

function tooLarge(maxBytes: number) {
  return new PayloadTooLargeError(`The request body is larger than ${Math.round(maxBytes / (1024 * 1024))} MiB: split the file.`);
}
