// The self-hosted wake-up: this process ticks every SCHEDULER_TICK_MS on its own (Vercel Cron calls
// /api/cron/tick instead). Started once per process from instrumentation.ts. A tick that throws (the
// database restarting, a connection cut) is logged and the next one comes as usual: nothing is lost, since
// all state is in Postgres.
import { getDb } from "@/lib/db/app-handle";
import { logError } from "@/lib/log";
import { tickerPeriodMs } from "./config";
import { runTick } from "./tick";

const state = globalThis as typeof globalThis & { __tickboardTicker?: { timer: NodeJS.Timeout | null; wake: () => void } };

export function startTicker() {
  if (state.__tickboardTicker) return;
  const ticker: { timer: NodeJS.Timeout | null; wake: () => void } = { timer: null, wake: () => {} };
  const schedule = (delayMs: number) => {
    if (ticker.timer) clearTimeout(ticker.timer);
    ticker.timer = setTimeout(tick, delayMs);
    // The ticker alone never keeps the process alive (a clean shutdown is not held up by it).
    ticker.timer.unref();
  };
  const tick = async () => {
    ticker.timer = null;
    try {
      await runTick(getDb());
    } catch (error) {
      logError("scheduler tick failed", { component: "scheduler" }, error);
    } finally {
      if (!ticker.timer) schedule(tickerPeriodMs());
    }
  };
  // A manual run asks for a tick now rather than at the next period.
  ticker.wake = () => schedule(0);
  state.__tickboardTicker = ticker;
  schedule(1_000);
}

/** Ticks as soon as possible when this process runs a ticker; otherwise nothing (Vercel Cron will come). */
export function wakeTicker() {
  state.__tickboardTicker?.wake();
}
