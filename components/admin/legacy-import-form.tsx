"use client";
// "Import legacy history": upload a CSV or JSON export of the legacy scheduler's execution logs. The file goes
// to POST /api/admin/import/legacy-execution-logs as it is (its type from its extension); the answer says what
// was imported, skipped and rejected, with each rejected line and why.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { sendFile } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { Table, Tbody, Td, Th } from "@/components/ui/table";

interface ImportResult {
  imported: number;
  skipped: number;
  orphaned: number;
  unresolved: number;
  rejected_count: number;
  rejected: { line: number; reason: string }[];
}

function contentTypeOf(name: string): string | null {
  if (/\.csv$/i.test(name)) return "text/csv";
  if (/\.json$/i.test(name)) return "application/json";
  return null;
}

export function LegacyImportForm({ columns }: { columns: readonly string[] }) {
  const router = useRouter();
  const { pending, failure, run, setFailure } = useApiMutation();
  const [result, setResult] = useState<ImportResult | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setFailure({ ok: false, status: 400, message: "Choose a .csv or .json file to import.", fieldErrors: [] });
      return;
    }
    const type = contentTypeOf(file.name);
    if (!type) {
      setFailure({ ok: false, status: 415, message: `${file.name} is neither .csv nor .json: export the legacy logs as one of those.`, fieldErrors: [] });
      return;
    }
    const answer = await run(() => sendFile<ImportResult>("/api/admin/import/legacy-execution-logs", file, type));
    if (answer) {
      setResult(answer.data);
      router.refresh();
    }
  }

  return (
    <div className="space-y-3">
      <form aria-label="Import legacy history" onSubmit={onSubmit} className="space-y-3 rounded-lg border border-neutral-200 bg-white p-4 shadow-xs">
        <div className="space-y-1">
          <label htmlFor="legacy-file" className="block text-sm font-medium text-neutral-800">
            Legacy execution logs (.csv or .json)
          </label>
          <input id="legacy-file" name="file" type="file" accept=".csv,.json,text/csv,application/json" className="block w-full text-sm" />
          <p className="text-xs text-neutral-600">
            CSV with a header row, or a JSON array of objects, with the fields <code className="break-words">{columns.join(", ")}</code>. Timestamps
            need a timezone (2024-03-01T10:00:00Z). At most 100,000 lines per file.
          </p>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
        <FormAlert message={failure?.message ?? null} />
      </form>
      {result ? <ImportSummary result={result} /> : null}
    </div>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const n = (value: number) => value.toLocaleString("en-GB");
  return (
    <div className="space-y-2">
      <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
        Imported {n(result.imported)} {result.imported === 1 ? "row" : "rows"}; skipped {n(result.skipped)} already imported; rejected {n(result.rejected_count)}.
        {result.orphaned > 0 ? ` ${n(result.orphaned)} imported rows name a user with no account yet (orphaned, kept without a task).` : ""}
        {result.unresolved > 0 ? ` ${n(result.unresolved)} imported rows have no user id at all (unresolved).` : ""}
      </p>
      {result.rejected.length > 0 ? (
        <>
          <h3 id="rejected-title" className="text-sm font-semibold">
            Rejected lines{result.rejected_count > result.rejected.length ? ` (the first ${n(result.rejected.length)} of ${n(result.rejected_count)})` : ""}
          </h3>
          <Table labelledBy="rejected-title">
            <thead>
              <tr>
                <Th className="text-right">Line</Th>
                <Th>Why it was not imported</Th>
              </tr>
            </thead>
            <Tbody>
              {result.rejected.map((r) => (
                <tr key={r.line}>
                  <Td className="text-right tabular-nums">{r.line}</Td>
                  <Td className="break-words">{r.reason}</Td>
                </tr>
              ))}
            </Tbody>
          </Table>
        </>
      ) : null}
    </div>
  );
}
