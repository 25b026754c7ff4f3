// /admin/audit-log — every admin action, newest first, failures included: filter by action and by
// administrator, page through it; the whole view is in the URL. Administrators only (a 404 for everyone else,
// decided before anything streams: no loading.tsx at or above this segment).
import type { Metadata } from "next";
import Link from "next/link";
import { AuditLogView } from "@/components/admin/audit-log-view";
import { AUDIT_SORT } from "@/components/admin/audit-sort";
import { auditLogHref, parseAuditLogQuery, type RawSearchParams } from "@/components/admin/parse-audit-log-query";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ADMIN_ACTIONS, auditLogJson } from "@/lib/admin";
import { listAuditActors } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log" };

const LINK = "font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin();
  const { query, params, problems } = parseAuditLogQuery(await searchParams);
  const db = getDb();
  const [page, actors] = await Promise.all([auditLogJson(db, query), listAuditActors(db)]);
  const filtered = Boolean(query.action || query.actor_user_id);

  const empty = !filtered && page.total_count === 0 ? (
    <EmptyState title="No admin actions yet">
      <p>
        Every reconcile and import run from the <Link href="/admin" className={LINK}>admin console</Link> (or its API) records an entry here.
      </p>
    </EmptyState>
  ) : page.total_count === 0 ? (
    <EmptyState title="No entries match these filters">
      <p>
        <Link href={auditLogHref(params, { action: undefined, actor_user_id: undefined, page: undefined })} className={LINK}>
          Clear the filters
        </Link>{" "}
        to see every entry.
      </p>
    </EmptyState>
  ) : (
    <EmptyState title="No entries on this page">
      <p>
        <Link href={auditLogHref(params, { page: page.total_pages > 1 ? String(page.total_pages) : undefined })} className={LINK}>
          Go to the last page
        </Link>
        .
      </p>
    </EmptyState>
  );

  return (
    <>
      <BackLink href="/admin">Admin console</BackLink>
      <PageHeader
        title="Audit log"
        description="Every admin POST — reconciles and imports — leaves one entry: who ran it, with which parameters, and its result or error. Newest first."
      />
      <Section id="audit-entries" title="Entries">
        <IgnoredParamsNotice problems={problems} correctedHref={auditLogHref(params, {})} />
        <AuditLogView
          entries={page.entries.map((e) => ({ ...e, id: String(e.id) }))}
          totalCount={page.total_count}
          view={{ page: query.page, pageSize: query.page_size, sort: AUDIT_SORT }}
          actions={ADMIN_ACTIONS}
          actors={actors.map((a) => ({ value: a.id, label: a.email ?? `${a.id} (deleted account)` }))}
          empty={empty}
        />
      </Section>
    </>
  );
}
