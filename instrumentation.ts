// Next calls register() once when a server process starts. Self-hosted (not on Vercel, and unless
// SCHEDULER_TICKER=off), it starts the scheduler's in-process ticker; on Vercel, Vercel Cron calls
// /api/cron/tick every minute instead (vercel.json).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { tickerEnabled } = await import("./lib/scheduler/config");
  if (!tickerEnabled() || !process.env.DATABASE_URL) return;
  const { startTicker } = await import("./lib/scheduler/ticker");
  startTicker();
}
