// The route matrix: for every API route × method, the status each kind of caller must get.
// tenantB probes tenant A's resources: another tenant's resource is 404, never 403 (API.md).
// Every new route adds its rows here; route-matrix.test.ts fails for a route × method without one.
import type { HttpMethod } from "../harness/api-routes";

export const IDENTITIES = ["anonymous", "tenantA", "tenantB", "admin"] as const;
export type Identity = (typeof IDENTITIES)[number];

/** Rows tenant A owns, made directly in the database before the matrix runs; B's and the admin's probes target them. */
export interface Fixtures {
  tenantA: { userId: string; projectId: string; taskId: string };
}

export interface MatrixRow {
  route: string;
  method: HttpMethod;
  /** The concrete request to send; default: the route path itself, no body. */
  request?: (f: Fixtures) => { path: string; body?: unknown };
  expect: Record<Identity, number>;
  /** Set when the route is deliberately absent from /api/openapi.json, with the reason. */
  undocumented?: string;
}

const everyone = (status: number): Record<Identity, number> => ({ anonymous: status, tenantA: status, tenantB: status, admin: status });

export const ROUTE_MATRIX: MatrixRow[] = [
  { route: "/api/health", method: "GET", expect: everyone(200) },
  { route: "/api/openapi.json", method: "GET", expect: everyone(200) },
  {
    route: "/api/auth/[...all]",
    method: "GET",
    request: () => ({ path: "/api/auth/get-session" }),
    expect: everyone(200),
    undocumented: "Better Auth's own endpoints, documented by Better Auth",
  },
  {
    route: "/api/auth/[...all]",
    method: "POST",
    // A wrong password: refused for everyone, and it changes no one's session.
    request: () => ({ path: "/api/auth/sign-in/email", body: { email: "nobody@example.com", password: "wrong-password" } }),
    expect: everyone(401),
    undocumented: "Better Auth's own endpoints, documented by Better Auth",
  },
];
