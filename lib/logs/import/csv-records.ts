// A streaming RFC 4180 CSV reader: yields one record at a time, with the file line it starts on, from text
// that arrives in chunks of any size. Quoted fields may hold commas, doubled quotes ("") and line breaks;
// lines end in LF or CRLF; a leading byte-order mark is ignored; blank lines are skipped. A quote inside an
// unquoted field is kept as a plain character, as most CSV writers expect.
// (None of the project's packages reads CSV, and the import needs only this much of it.)
import { ValidationError } from "@/lib/errors";

export interface CsvRecord {
  /** The 1-based line of the file the record starts on. */
  line: number;
  fields: string[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let quoteSeen = false; // inside quotes, the last character was a quote: `""` or the end of the field
  let fieldStarted = false; // the current field has had a character (so a quote now is a plain one)
  let recordStarted = false; // the current record has content (a blank line is not a record)
  let skipLf = false; // the previous chunk ended with CR: an LF starting this one belongs to it
  let line = 1;
  let recordLine = 1;
  let firstChunk = true;

  for await (const chunk of chunks) {
    let i = 0;
    if (firstChunk && chunk.charCodeAt(0) === 0xfeff) i = 1;
    firstChunk = chunk.length === 0;
    if (skipLf && chunk.charCodeAt(i) === LF) i++;
    skipLf = false;
    let start = i; // plain characters from `start` to `i` are not yet in `field`
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === QUOTE) {
            start = i; // keep one quote of the pair
            continue;
          }
          inQuotes = false; // the quote before closed the field; c is read as outside quotes below
        } else {
          if (c === QUOTE) {
            field += chunk.slice(start, i);
            quoteSeen = true;
            start = i + 1;
          } else if (c === LF) line++;
          continue;
        }
      }
      if (c === COMMA) {
        fields.push(field + chunk.slice(start, i));
        field = "";
        fieldStarted = false;
        recordStarted = true;
        start = i + 1;
      } else if (c === LF || c === CR) {
        field += chunk.slice(start, i);
        if (c === CR) {
          if (i + 1 === chunk.length) skipLf = true;
          else if (chunk.charCodeAt(i + 1) === LF) i++;
        }
        if (recordStarted || fieldStarted) {
          fields.push(field);
          yield { line: recordLine, fields };
        }
        fields = [];
        field = "";
        fieldStarted = recordStarted = false;
        line++;
        recordLine = line;
        start = i + 1;
      } else if (c === QUOTE && !fieldStarted) {
        inQuotes = true;
        fieldStarted = true;
        start = i + 1;
      } else {
        fieldStarted = true;
      }
    }
    field += chunk.slice(start);
  }
  if (inQuotes && !quoteSeen) throw new ValidationError(`CSV line ${recordLine}: a quoted field is never closed.`);
  if (recordStarted || fieldStarted) {
    fields.push(field);
    yield { line: recordLine, fields };
  }
}
