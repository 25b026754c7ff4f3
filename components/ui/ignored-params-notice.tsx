// Says which parts of a table's address the server ignored (an unknown status, a page size over the limit…),
// so a hand-edited or outdated link explains itself instead of failing, and offers the corrected link.
import Link from "next/link";

export function IgnoredParamsNotice({ problems, correctedHref }: { problems: string[]; correctedHref: string }) {
  if (problems.length === 0) return null;
  return (
    <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Part of this address was ignored, so {problems.length === 1 ? "its default applies" : "their defaults apply"}: {problems.join("; ")}.{" "}
      <Link href={correctedHref} className="font-medium underline underline-offset-2">
        Open the corrected link
      </Link>
      .
    </p>
  );
}
