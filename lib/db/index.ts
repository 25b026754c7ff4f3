// The app's database handle, for app code: the server-only guard keeps it out of client bundles.
import "server-only";

export { closeDb, dbInfo, getDb } from "./app-handle";
export type { Db, DbDriver } from "./connect";
