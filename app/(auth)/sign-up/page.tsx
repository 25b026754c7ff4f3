// /sign-up: the account creation form; someone already signed in goes straight to the dashboard.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getUser()) redirect("/");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Create an account</h1>
      <p className="mb-6 text-sm text-neutral-600">Your projects and scheduled tasks are kept separate from every other account.</p>
      <SignUpForm />
    </>
  );
}
