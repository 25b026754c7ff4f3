// The fields of a task, shared by the "New task" form (project page) and the edit form (task page): what the
// task is, its milestone, its schedule and what it runs. Uncontrolled inputs filled from `initial`, read back
// with readTaskForm; only the handler kind is controlled (by the form), because it decides which fields show.
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { TaskFormField } from "./task-form-body";
import type { TaskFormValues } from "./task-form-values";
import { HANDLER_KIND_LABELS, HTTP_METHODS, MISFIRE_POLICY_LABELS, STATUS_LABELS, labelOptions, type HandlerKind } from "./task-labels";

const STATUS_OPTIONS = labelOptions(STATUS_LABELS);
const MISFIRE_OPTIONS = labelOptions(MISFIRE_POLICY_LABELS);
const METHOD_OPTIONS = HTTP_METHODS.map((method) => ({ value: method, label: method }));
// report_collection tasks need a collection id, which the reports pages hand out: offered only to a task that
// already has one, so that editing it doesn't silently switch it to another kind.
const EDITABLE_KINDS: HandlerKind[] = ["noop", "http"];

interface Props {
  /** Prefix of the field ids, unique on the page. */
  idPrefix: string;
  mode: "create" | "edit";
  initial: TaskFormValues;
  milestones: readonly MilestoneOption[];
  errors: Partial<Record<TaskFormField, string>>;
  handlerKind: string;
  onHandlerKindChange: (kind: string) => void;
  /** Names of the headers the task's http handler already sends (kept as they are by an edit). */
  keptHeaders?: string[];
}

export function TaskFormFields({ idPrefix, mode, initial, milestones, errors, handlerKind, onHandlerKindChange, keptHeaders = [] }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const kinds = EDITABLE_KINDS.includes(initial.handler_kind as HandlerKind) ? EDITABLE_KINDS : [...EDITABLE_KINDS, initial.handler_kind as HandlerKind];
  const handlerOptions = kinds.map((kind) => ({ value: kind, label: HANDLER_KIND_LABELS[kind] }));
  const milestoneOptions = [{ value: "", label: "No milestone" }, ...milestones.map((m) => ({ value: m.id, label: m.title }))];
  const milestoneHint =
    milestones.length > 0
      ? "Optional. Groups the task with others of the same stage."
      : mode === "create"
        ? "This project has no milestones yet; add them under Milestones, below."
        : "This project has no milestones yet; add them on the project page.";

  return (
    <>
      <TextField id={id("title")} name="title" label="Title" autoComplete="off" maxLength={500} defaultValue={initial.title} error={errors.title} />
      <TextAreaField id={id("description")} name="description" label="Description" hint="Optional." rows={2} defaultValue={initial.description} error={errors.description} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id={id("status")} name="status" label="Status" options={STATUS_OPTIONS} defaultValue={initial.status} error={errors.status} />
        <TextField
          id={id("priority")}
          name="priority_score"
          label="Priority"
          type="number"
          inputMode="numeric"
          step={1}
          defaultValue={initial.priority_score}
          hint="A whole number; higher sorts first."
          error={errors.priority_score}
        />
        <SelectField id={id("milestone")} name="milestone_id" label="Milestone" options={milestoneOptions} defaultValue={initial.milestone_id} hint={milestoneHint} error={errors.milestone_id} />
        <TextField id={id("platform")} name="platform" label="Platform" hint="Optional label, e.g. github." autoComplete="off" defaultValue={initial.platform} error={errors.platform} />
        <div className="sm:col-span-2">
          <TextField
            id={id("external-id")}
            name="external_id"
            label="External ID"
            hint={
              mode === "create"
                ? "Optional. Your key for this task; creating it again returns the existing one."
                : "Optional. Your key for this task, unique within the project; clear it to remove it."
            }
            autoComplete="off"
            defaultValue={initial.external_id}
            error={errors.external_id}
          />
        </div>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-neutral-900">Schedule (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            id={id("cron")}
            name="cron"
            label="Cron"
            placeholder="0 9 * * 1-5"
            hint={mode === "create" ? "Five fields. Leave empty to run only on demand." : "Five fields. Clear it to remove the schedule (then it runs only on demand)."}
            autoComplete="off"
            defaultValue={initial.cron}
            error={errors["schedule.cron"]}
          />
          <TextField
            id={id("timezone")}
            name="timezone"
            label="Timezone"
            hint="IANA name, e.g. Europe/Berlin."
            autoComplete="off"
            defaultValue={initial.timezone}
            error={errors["schedule.timezone"]}
          />
          <SelectField
            id={id("misfire")}
            name="misfire_policy"
            label="Missed runs"
            options={MISFIRE_OPTIONS}
            defaultValue={initial.misfire_policy}
            hint="Runs missed while the scheduler was down."
            error={errors["schedule.misfire_policy"]}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-neutral-900">What it runs</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField id={id("handler")} name="handler_kind" label="Handler" options={handlerOptions} value={handlerKind} onChange={(e) => onHandlerKindChange(e.target.value)} />
          {handlerKind === "http" ? (
            <>
              <SelectField id={id("handler-method")} name="handler_method" label="Method" options={METHOD_OPTIONS} defaultValue={initial.handler_method} error={errors["handler.config.method"]} />
              <div className="sm:col-span-2">
                <TextField
                  id={id("handler-url")}
                  name="handler_url"
                  label="URL"
                  type="url"
                  placeholder="https://example.com/hook"
                  hint="Called on each run."
                  defaultValue={initial.handler_url}
                  error={errors["handler.config.url"]}
                />
              </div>
            </>
          ) : null}
        </div>
        {handlerKind === "http" && keptHeaders.length > 0 ? (
          <p className="text-xs text-neutral-600">
            Its headers ({keptHeaders.join(", ")}) are kept as they are, secrets included. To change them, use the API.
          </p>
        ) : null}
        {handlerKind === "report_collection" ? (
          <p className="text-xs text-neutral-600">This task collects a report set up on the reports pages. Pick another handler to replace it.</p>
        ) : null}
      </fieldset>
    </>
  );
}
