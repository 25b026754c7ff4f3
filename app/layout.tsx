// The root document: language, title template and global styles. Every route renders inside it.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tickboard", template: "%s · Tickboard" },
  description: "Multi-tenant scheduler dashboard: projects, cron tasks, execution logs and reports.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
