"use client";
// The task page's action bar: the enable switch, Edit and Delete (the switch and Delete come in as slots, so each
// keeps its own behaviour). Edit is a disclosure: the edit form opens under the bar. Saving closes it, re-reads
// the page (the details below then show the new values) and says "Saved"; focus goes back to Edit.
import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import type { TaskJson } from "@/lib/tasks";
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { Button } from "@/components/ui/button";
import { EditTaskForm } from "./edit-task-form";

interface Props {
  task: TaskJson;
  milestones: MilestoneOption[];
  toggle: ReactNode;
  remove: ReactNode;
}

export function TaskActions({ task, milestones, toggle, remove }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);

  function close(wasSaved: boolean) {
    setEditing(false);
    setSaved(wasSaved);
    editRef.current?.focus();
  }

  return (
    <div className="mb-6 rounded-lg border border-neutral-200 bg-white p-4 shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-4">
        {toggle}
        <div className="flex flex-wrap items-start gap-2">
          <Button
            ref={editRef}
            type="button"
            variant="secondary"
            aria-expanded={editing}
            aria-controls="edit-task"
            onClick={() => {
              setSaved(false);
              setEditing(!editing);
            }}
          >
            Edit task
            <span aria-hidden="true" className={`ml-2 text-xs transition-transform ${editing ? "rotate-180" : ""}`}>
              ▾
            </span>
          </Button>
          {remove}
        </div>
      </div>
      {saved ? (
        <p role="status" className="mt-3 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          Saved. The details below show the new values.
        </p>
      ) : null}
      <div id="edit-task">
        {editing ? (
          <div className="mt-4 border-t border-neutral-200 pt-4">
            {/* Full width would stretch the fields across a wide screen; a form reads best at about 48rem. */}
            <div className="max-w-3xl">
              <h2 className="mb-3 text-base font-semibold tracking-tight">Edit task</h2>
              <EditTaskForm
                task={task}
                milestones={milestones}
                onCancel={() => close(false)}
                onSaved={() => {
                  router.refresh();
                  close(true);
                }}
              />
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
