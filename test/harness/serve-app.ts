// Playwright's web server: the built app on a fresh embedded database with demo data, until SIGTERM.
import { startAppServer } from "./app-server";

const port = Number(process.env.E2E_PORT ?? 3100);
// The in-process ticker runs, every second, so that pages show a live scheduler and "Run now" completes.
const app = await startAppServer({ port, seedDemo: true, log: !!process.env.E2E_SERVER_LOG, env: { SCHEDULER_TICK_MS: "1000" } });
console.log(`e2e app ready at ${app.baseUrl}`);
const stop = async () => {
  await app.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
