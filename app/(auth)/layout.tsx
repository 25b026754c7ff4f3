// The signed-out pages (sign-in, sign-up): the product name over one centred card.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm space-y-6">
        <p className="text-center text-xl font-semibold tracking-tight">Tickboard</p>
        <Card>{children}</Card>
      </div>
    </main>
  );
}
