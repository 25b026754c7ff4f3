// `npm run db:seed`: adds the demo users, projects and tasks. The launcher does this by itself only for a new
// embedded database; against your own DATABASE_URL it happens only when you run this by hand.
import { connect } from "@/lib/db/connect";
import { demoLoginsText, seedDemoData } from "./lib/demo-data";
import { openLocalDatabase, redactUrl } from "./lib/local-database";

const local = await openLocalDatabase();
const database = connect(local.url, { max: 2 });
try {
  const result = await seedDemoData(database.db);
  console.log(`${redactUrl(local.url)}: created ${result.created.length} demo user(s), ${result.existing.length} already there.`);
  console.log(demoLoginsText());
} finally {
  await database.close();
  await local.stop();
}
