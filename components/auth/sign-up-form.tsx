"use client";
// The sign-up form: name, email and password to Better Auth (which signs the new user in), then the dashboard.
import Link from "next/link";
import type { FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { useAuthAction } from "./use-auth-action";


export function SignUpForm() {
  const { pending, error, run } = useAuthAction("/");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(() =>
      authClient.signUp.email({
        name: String(form.get("name") ?? "").trim(),
        email: String(form.get("email") ?? "").trim(),
        password: String(form.get("password") ?? ""),
      }),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <TextField id="name" name="name" label="Name" type="text" autoComplete="name" required />
      <TextField id="email" name="email" label="Email" type="email" autoComplete="email" required />
      <TextField
        id="password"
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      <FormAlert message={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-neutral-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
          Sign in
        </Link>
      </p>
    </form>
  );
}
