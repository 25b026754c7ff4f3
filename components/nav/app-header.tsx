// The signed-in shell's header: product name, main navigation, who is signed in and the sign-out button.
// Wraps onto several lines on narrow screens instead of overflowing.
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MainNav } from "./main-nav";

export function AppHeader({ email, isAdmin }: { email: string; isAdmin: boolean }) {
  return (
    <header className="border-b border-neutral-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Tickboard
        </Link>
        <MainNav isAdmin={isAdmin} />
        <div className="ml-auto flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2">
          <span className="min-w-0 truncate text-sm text-neutral-600" title={email}>
            {email}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
