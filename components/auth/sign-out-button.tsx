"use client";
// Ends the Better Auth session, then sends the user to the sign-in page.
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { useAuthAction } from "./use-auth-action";

export function SignOutButton() {
  const { pending, error, run } = useAuthAction("/sign-in");

  return (
    <span className="inline-flex items-center gap-2">
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          Couldn&apos;t sign out. Try again.
        </span>
      ) : null}
      <Button type="button" variant="secondary" onClick={() => void run(() => authClient.signOut())} disabled={pending} className="px-3 py-1.5">
        {pending ? "Signing out…" : "Sign out"}
      </Button>
    </span>
  );
}
