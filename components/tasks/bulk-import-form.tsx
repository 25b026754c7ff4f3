"use client";
// "Bulk import" on a project page: paste JSON lines or CSV, check it here (errors name the pasted line and
// nothing is sent), then one POST …/tasks:bulk with the chosen duplicate strategy. The answer is shown as
// "N created, M already existed"; the API's errors are mapped back to the pasted lines. Milestones are named by
// title and looked up among the project's milestones here, so an unknown one stops the import before sending.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { BulkCreateResult, DuplicateStrategy } from "@/lib/tasks";
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { sendJson } from "@/components/ui/json-api";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { CSV_COLUMNS, detectFormat, locateBulkError, parseBulkText, type BulkFormat, type LineError } from "./bulk-import-parse";
import { DUPLICATE_STRATEGY_LABELS } from "./task-labels";

const FORMAT_CHOICES = [
  { value: "auto", label: "Detect" },
  { value: "jsonl", label: "JSON lines" },
  { value: "csv", label: "CSV" },
] as const;
const FORMAT_NAMES: Record<BulkFormat, string> = { jsonl: "JSON lines", csv: "CSV" };

const STRATEGIES = Object.keys(DUPLICATE_STRATEGY_LABELS) as DuplicateStrategy[];
const STRATEGY_OPTIONS = STRATEGIES.map((value) => ({ value, label: DUPLICATE_STRATEGY_LABELS[value].label }));

const PLACEHOLDER = `title,platform,status,external_id,cron,timezone
Sync issues,github,open,sync-1,*/15 * * * *,Europe/Berlin
"Review ""stale"" PRs, weekly",github,in_progress,review-1,,`;

const MAX_LISTED_ERRORS = 50;

interface Props {
  projectId: string;
  maxTasks: number;
  /** The project's milestones, for the titles in a milestone column or key. */
  milestones: MilestoneOption[];
}

export function BulkImportForm({ projectId, maxTasks, milestones }: Props) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [text, setText] = useState("");
  const [format, setFormat] = useState<BulkFormat | "auto">("auto");
  const [strategy, setStrategy] = useState<DuplicateStrategy>("external_id");
  const [lineErrors, setLineErrors] = useState<LineError[]>([]);
  // The pasted line of each task in the last request, to place the API's `tasks[i]` errors even after edits.
  const [sentLines, setSentLines] = useState<number[]>([]);
  const [summary, setSummary] = useState<{ created: number; existing: number } | null>(null);

  const effectiveFormat = format === "auto" ? detectFormat(text) : format;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSummary(null);
    const parsed = parseBulkText(text, format, maxTasks, milestones);
    setLineErrors(parsed.errors);
    if (parsed.errors.length > 0) return;
    setSentLines(parsed.lines);

    const result = await run(() =>
      sendJson<BulkCreateResult>("POST", `/api/projects/${projectId}/tasks:bulk`, { tasks: parsed.tasks, duplicate_strategy: strategy }),
    );
    if (!result) return;
    setSummary({ created: result.data.created_count, existing: result.data.existing_count });
    router.refresh();
  }

  // The API's field errors, placed on the pasted lines (the whole batch was refused; nothing was created).
  const serverErrors: LineError[] = (failure?.fieldErrors ?? []).map((error) => {
    const { line, field } = locateBulkError(error.path, sentLines);
    return { line, message: field ? `${field}: ${error.message}` : error.message };
  });
  const errors = lineErrors.length > 0 ? lineErrors : serverErrors;
  const alert =
    lineErrors.length > 0
      ? `The pasted text has ${lineErrors.length === 1 ? "a problem" : `${lineErrors.length} problems`}; nothing was sent. Fix ${lineErrors.length === 1 ? "it" : "them"} and import again.`
      : failure
        ? serverErrors.length > 0
          ? "Nothing was imported: some tasks are invalid. Fix these lines and import again."
          : failure.message
        : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Bulk import" className="space-y-4 rounded-lg border border-neutral-200 bg-white p-4 shadow-xs sm:p-6">
      <TextAreaField
        id="bulk-text"
        label="Tasks to import"
        hint={`One JSON object per line, or CSV whose first row names the columns: ${CSV_COLUMNS.join(", ")}. A milestone is given by its title and must exist under Milestones. At most ${maxTasks.toLocaleString("en-GB")} tasks.`}
        rows={10}
        spellCheck={false}
        placeholder={PLACEHOLDER}
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="font-mono text-xs sm:text-xs"
      />

      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-neutral-800">Format</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {FORMAT_CHOICES.map((choice) => (
            <label key={choice.value} className="inline-flex items-center gap-2 text-sm">
              <input type="radio" name="format" value={choice.value} checked={format === choice.value} onChange={() => setFormat(choice.value)} />
              {choice.label}
            </label>
          ))}
        </div>
        {format === "auto" && text.trim() !== "" ? (
          <p className="text-xs text-neutral-600">
            Reads as <strong>{FORMAT_NAMES[effectiveFormat]}</strong>
            {effectiveFormat === "jsonl" ? " (the first line starts with “{”)." : " (the first line is the header row)."}
          </p>
        ) : null}
      </fieldset>

      <div className="space-y-2">
        <SelectField
          id="bulk-strategy"
          label="When a task already exists"
          options={STRATEGY_OPTIONS}
          value={strategy}
          onChange={(event) => setStrategy(event.target.value as DuplicateStrategy)}
          aria-describedby="bulk-strategy-help"
        />
        <ul id="bulk-strategy-help" className="space-y-0.5 text-xs text-neutral-600">
          {STRATEGIES.map((value) => (
            <li key={value} className={value === strategy ? "font-medium text-neutral-900" : ""}>
              {DUPLICATE_STRATEGY_LABELS[value].label}: {DUPLICATE_STRATEGY_LABELS[value].explanation}
            </li>
          ))}
        </ul>
      </div>

      <FormAlert message={alert} />
      {errors.length > 0 ? <LineErrorList errors={errors} /> : null}
      {summary ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {summary.created.toLocaleString("en-GB")} created, {summary.existing.toLocaleString("en-GB")} already existed.
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import tasks"}
      </Button>
    </form>
  );
}

function LineErrorList({ errors }: { errors: LineError[] }) {
  const shown = errors.slice(0, MAX_LISTED_ERRORS);
  return (
    <ul aria-label="Problems by line" className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-red-200 bg-white px-3 py-2 text-sm text-red-800">
      {shown.map((error, i) => (
        <li key={i}>
          {error.line !== undefined ? <strong className="tabular-nums">Line {error.line}: </strong> : null}
          {error.message}
        </li>
      ))}
      {errors.length > shown.length ? <li>…and {(errors.length - shown.length).toLocaleString("en-GB")} more.</li> : null}
    </ul>
  );
}
