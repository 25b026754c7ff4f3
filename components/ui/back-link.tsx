// A small "← Somewhere" link above a page's title, back to the page this one belongs to.
import Link from "next/link";

export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="font-medium text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline">
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
