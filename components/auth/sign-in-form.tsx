"use client";
// The sign-in form: email and password to Better Auth, a clear message when they're wrong, then the dashboard.
import Link from "next/link";
import type { FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { useAuthAction } from "./use-auth-action";

export function SignInForm() {
  const { pending, error, run } = useAuthAction("/");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(() =>
      authClient.signIn.email({
        email: String(form.get("email") ?? "").trim(),
        password: String(form.get("password") ?? ""),
      }),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <TextField id="email" name="email" label="Email" type="email" autoComplete="email" required />
      <TextField
        id="password"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <FormAlert message={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-neutral-600">
        New to Tickboard?{" "}
        <Link href="/sign-up" className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
          Create an account
        </Link>
      </p>
    </form>
  );
}
