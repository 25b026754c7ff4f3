// A scheduler instance in its own process, for the crash test: opens DATABASE_URL, runs one tick as
// TICK_HOLDER with the lease settings it is given, and prints its report. The test SIGKILLs it mid-batch.
import { connect } from "@/lib/db/connect";
import { runTick } from "@/lib/scheduler/tick";

const database = connect(process.env.DATABASE_URL!, { driver: process.env.TEST_DB_DRIVER === "neon" ? "neon" : "pg", max: 4 });
const report = await runTick(database.db, {
  holder: process.env.TICK_HOLDER ?? "child",
  leaseMs: Number(process.env.TICK_LEASE_MS ?? 30_000),
  runLeaseGraceMs: 0,
  retryBaseMs: 0,
});
console.log(JSON.stringify(report));
await database.close();
