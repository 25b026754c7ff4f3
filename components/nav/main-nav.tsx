"use client";
// The signed-in shell's main navigation. Marks the current section (aria-current) and shows "Admin" only to
// administrators; the admin page itself is guarded on the server by requireAdmin().
import Link from "next/link";
import { usePathname } from "next/navigation";

interface NavItem {
  href: string;
  label: string;
  /** Other sections that belong under this item (a task page lives inside its project). */
  also?: string[];
}

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const items: NavItem[] = [
    { href: "/", label: "Dashboard" },
    { href: "/projects", label: "Projects", also: ["/tasks"] },
    { href: "/scheduler", label: "Scheduler" },
    { href: "/logs", label: "Runs" },
    { href: "/reports", label: "Reports" },
    { href: "/insights", label: "Insights" },
    ...(isAdmin ? [{ href: "/admin", label: "Admin" }] : []),
  ];

  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1">
        {items.map((item) => {
          const current = [item.href, ...(item.also ?? [])].some((href) => isCurrent(pathname, href));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium ${
                  current ? "bg-neutral-900 text-white" : "text-neutral-700 hover:bg-neutral-100 hover:text-neutral-900"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
