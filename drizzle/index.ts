// The whole schema, one file per domain. drizzle-kit reads this file to generate migrations.
export * from "./auth";
export * from "./projects";
export * from "./tasks";
export * from "./audit";
export * from "./logs";
export * from "./scheduler";
export * from "./reports";
export * from "./insights";
