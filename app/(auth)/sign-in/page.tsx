// /sign-in: the sign-in form; someone already signed in goes straight to the dashboard.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getUser()) redirect("/");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mb-6 text-sm text-neutral-600">Sign in to see your projects and scheduled tasks.</p>
      <SignInForm />
    </>
  );
}
