// /admin — administrators only (everyone else gets a 404): all accounts, and later the operator tools.
// requireAdmin() runs before anything streams, so a non-admin really gets a 404 status. Keep it that way: no
// loading.tsx at or above this segment.
import type { Metadata } from "next";
import { UsersTable } from "@/components/admin/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ADMIN_USER_LIMIT, listUsers } from "@/lib/admin/users";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireAdmin();
  const users = await listUsers(getDb());

  return (
    <>
      <PageHeader title="Admin" description="Every account on this Tickboard instance. Only administrators see this page." />
      <p className="max-w-prose text-sm text-neutral-600">
        Scheduler reconcile tools and the backfill report will appear on this page as they are built. Until then,
        this page lists accounts only.
      </p>

      <Section
        id="users"
        title="Users"
        description={
          users.length >= ADMIN_USER_LIMIT ? `Showing the ${ADMIN_USER_LIMIT} newest accounts.` : "Newest first."
        }
      >
        {/* No empty state: the administrator reading this is always on the list. */}
        <UsersTable labelledBy="users-title" users={users} />
      </Section>
    </>
  );
}
