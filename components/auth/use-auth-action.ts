"use client";
// The flow every auth control shares: mark pending, call Better Auth, show a readable error and stay, or
// navigate on success (staying pending until the next page replaces this one).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authErrorMessage, NETWORK_ERROR, type AuthClientError } from "./auth-error-message";

type AuthResult = { error: AuthClientError | null };

export function useAuthAction(destination: string) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<AuthResult>) {
    setPending(true);
    setError(null);
    try {
      const result = await call();
      if (result.error) {
        setError(authErrorMessage(result.error));
        setPending(false);
        return;
      }
    } catch {
      setError(NETWORK_ERROR);
      setPending(false);
      return;
    }
    router.push(destination);
    router.refresh();
  }

  return { pending, error, run };
}
