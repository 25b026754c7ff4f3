"use client";
// Ends the Better Auth session, then sends the user to the sign-in page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut() {
    setPending(true);
    setFailed(false);
    try {
      const result = await authClient.signOut();
      if (result.error) throw new Error(result.error.message);
    } catch {
      setFailed(true);
      setPending(false);
      return;
    }
    router.push("/sign-in");
    router.refresh();
  }

  return (
    <span className="inline-flex items-center gap-2">
      {failed ? (
        <span role="alert" className="text-xs text-red-700">
          Couldn&apos;t sign out. Try again.
        </span>
      ) : null}
      <Button type="button" variant="secondary" onClick={signOut} disabled={pending} className="px-3 py-1.5">
        {pending ? "Signing out…" : "Sign out"}
      </Button>
    </span>
  );
}
