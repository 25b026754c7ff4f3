"use client";
// The body of every error boundary: what happened, a retry button, and the reference the server log knows.
import { useEffect } from "react";
import { Button } from "./button";

export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div className="space-y-4 rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="text-neutral-600">
        This page could not be loaded. Try again; if it keeps failing, wait a minute or contact your administrator
        {digest ? " with the reference below" : ""}.
      </p>
      {digest ? (
        <p className="text-sm text-neutral-500">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
      <Button type="button" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
