// What a 404 says: the page isn't there (or isn't yours), and where to go instead.
import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-neutral-600">
        This page doesn&apos;t exist, or you don&apos;t have access to it. Check the address, or go back to your
        dashboard.
      </p>
      <p>
        <Link href="/" className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
          Go to the dashboard
        </Link>
      </p>
    </div>
  );
}
