// Reading a JSON request body: 415 unless it is JSON, 413 past the size limit (counted while streaming,
// so a missing or lying Content-Length doesn't help), an empty body reads as {} (API.md), bad JSON is a 400.
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from "@/lib/errors";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readText(request, maxBytes);
  if (text.trim() === "") return {};
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new UnsupportedMediaTypeError();
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("The request body is not valid JSON.");
  }
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number) {
  return new PayloadTooLargeError(`The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}
