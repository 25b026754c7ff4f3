// Every account, for administrators: email, name, role, and when it was created.
import type { AdminUserRow } from "@/lib/admin/users";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";

export function UsersTable({ labelledBy, users }: { labelledBy: string; users: AdminUserRow[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>Email</Th>
          <Th>Name</Th>
          <Th>Role</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <Tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <Td className="whitespace-nowrap">{u.email}</Td>
            <Td className="min-w-32">{u.name}</Td>
            <Td className="whitespace-nowrap">
              <RoleBadge role={u.role} />
              {u.banned ? <span className="ml-2 text-xs font-medium text-red-700">banned</span> : null}
            </Td>
            <Td>
              <UtcTime date={u.createdAt} />
            </Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}

function RoleBadge({ role }: { role: string }) {
  const admin = role.split(",").includes("admin");
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${
        admin ? "bg-amber-100 text-amber-900" : "bg-neutral-100 text-neutral-700"
      }`}
    >
      {role}
    </span>
  );
}
