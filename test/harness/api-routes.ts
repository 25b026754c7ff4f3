// Lists every API route of the app (app/api/**/route.ts) and the HTTP methods it exports, by reading the
// source, so the route matrix can insist that each one has a row of expectations.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ApiRoute {
  /** The route as Next names it: /api/tasks/[taskId] (route groups dropped). */
  route: string;
  method: HttpMethod;
}

export async function listApiRoutes(appDir: string): Promise<ApiRoute[]> {
  const found: ApiRoute[] = [];
  for (const file of await routeFiles(path.join(appDir, "api"))) {
    const route =
      "/" +
      path
        .relative(appDir, path.dirname(file))
        .split(path.sep)
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .join("/");
    for (const method of exportedMethods(await readFile(file, "utf8"))) found.push({ route, method });
  }
  return found.sort((a, b) => `${a.route} ${a.method}`.localeCompare(`${b.route} ${b.method}`));
}

/** `export const GET`, `export async function POST`, `export const { GET, POST } = …`, `export { GET }`. */
export function exportedMethods(source: string): HttpMethod[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|var|async\s+function|function)\s+([A-Z]+)\b/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}\s*=/g)) splitNames(m[1]!).forEach((n) => names.add(n));
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) splitNames(m[1]!).forEach((n) => names.add(n));
  return HTTP_METHODS.filter((method) => names.has(method));
}

function splitNames(list: string) {
  // `GET`, `handler as GET`, `GET: get` (destructuring rename keeps the exported name on the right)
  return list.split(",").map((part) => part.trim().split(/\s+as\s+|\s*:\s*/).pop()!.trim());
}

async function routeFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await routeFiles(full)));
    else if (/^route\.(ts|tsx|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Routes × methods with no row, and rows that match no route (stale). */
export function matrixGaps(routes: ApiRoute[], rows: { route: string; method: string }[]) {
  const key = (r: { route: string; method: string }) => `${r.method} ${r.route}`;
  const rowKeys = new Set(rows.map(key));
  const routeKeys = new Set(routes.map(key));
  return {
    uncovered: routes.map(key).filter((k) => !rowKeys.has(k)),
    stale: rows.map(key).filter((k) => !routeKeys.has(k)),
  };
}

/** Every page of the app (each page.tsx under app/) as Next serves it: /reports/[collectionId] (route groups dropped). */
export async function listPages(appDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "api") await walk(full);
      else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        const segments = path.relative(appDir, dir).split(path.sep).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
        found.push("/" + segments.join("/"));
      }
    }
  };
  await walk(appDir);
  return found.sort();
}
