"use client";
// A button whose action needs a second, deliberate click: the first shows what is about to happen with
// "Confirm" and "Cancel" (focus moves to Confirm, Escape cancels). Admin reconciles change data for every
// tenant, so none runs on a stray click.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

export function ConfirmButton({
  label,
  question,
  confirmLabel = "Confirm",
  disabled,
  onConfirm,
}: {
  label: string;
  /** What the action does, asked as a question ("Reap every run stuck past its lease?"). */
  question: string;
  confirmLabel?: string;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button type="button" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Confirm: ${label}`}
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false);
      }}
    >
      <p className="text-sm text-amber-950">{question}</p>
      <Button
        ref={confirmRef}
        type="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </div>
  );
}
