// A streaming reader of a JSON array: yields the text of each top-level element, with its 1-based position
// (the "line" an import reports), from text that arrives in chunks of any size, so a 100,000-element array
// is never parsed as one value. It only finds where elements begin and end (strings, escapes, nesting); each
// element is parsed on its own, so one malformed element is one rejected line, not a failed request.
import { ValidationError } from "@/lib/errors";

export interface JsonElement {
  /** 1-based position in the array. */
  index: number;
  text: string;
}

const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const COMMA = 44;
const QUOTE = 34;
const BACKSLASH = 92;

export async function* jsonArrayElements(chunks: AsyncIterable<string>): AsyncGenerator<JsonElement> {
  let state = "before" as "before" | "inside" | "after";
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let element = ""; // text of the current element gathered from earlier chunks
  let index = 0;

  const notArray = () => new ValidationError("The body is not a JSON array: send [ {…}, {…} ], one object per legacy row.");

  for await (const chunk of chunks) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (state === "before") {
        if (c === OPEN_BRACKET) {
          state = "inside";
          start = i + 1;
        } else if (!isSpace(c) && c !== 0xfeff) throw notArray();
        continue;
      }
      if (state === "after") {
        if (!isSpace(c)) throw new ValidationError("The body has text after the closing ] of its JSON array.");
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) depth--;
      else if (depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
        const text = (element + chunk.slice(start, i)).trim();
        element = "";
        start = i + 1;
        if (text !== "") yield { index: ++index, text };
        else if (c === COMMA || index > 0) throw new ValidationError(`JSON array element ${index + 1} is empty (two commas in a row, or a trailing comma).`);
        if (c === CLOSE_BRACKET) state = "after";
      }
    }
    if (state === "inside") element += chunk.slice(start);
  }
  if (state !== "after") throw state === "before" ? notArray() : new ValidationError("The JSON array is never closed with ]: the body looks cut short.");
}

function isSpace(c: number) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
