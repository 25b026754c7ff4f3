// The signed-in shell: every page under it requires a session (else /sign-in) and gets the header and nav.
// NuqsAdapter lets client components keep table filters, sort and page in the URL (nuqs).
import type { ReactNode } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { AppHeader } from "@/components/nav/app-header";
import { requireUser } from "@/lib/auth";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <AppHeader email={user.email} isAdmin={user.isAdmin} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        <NuqsAdapter>{children}</NuqsAdapter>
      </main>
    </>
  );
}
