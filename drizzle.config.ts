import { defineConfig } from "drizzle-kit";

// `npm run db:generate -- --name <what-it-does>` writes the next migration into migrations/.
// Only generation needs this file; migrations are applied by scripts/db-migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./drizzle/index.ts",
  out: "./migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/unused" },
});
