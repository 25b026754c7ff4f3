"use client";
// The flow every API-backed form and button shares: mark pending, send, and keep the failure (message and field
// errors) for the form to show; on success hand the answer back to the caller, which refreshes or navigates.
import { useState } from "react";
import type { ApiFailure, ApiResult, ApiSuccess } from "./json-api";

export function useApiMutation() {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  async function run<T>(call: () => Promise<ApiResult<T>>): Promise<ApiSuccess<T> | null> {
    setPending(true);
    setFailure(null);
    try {
      const result = await call();
      if (!result.ok) {
        setFailure(result);
        return null;
      }
      return result;
    } finally {
      setPending(false);
    }
  }

  return { pending, failure, run, setFailure };
}
