// The 404 page for addresses that match no route, outside the signed-in shell.
import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/ui/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <NotFoundMessage />
    </main>
  );
}
