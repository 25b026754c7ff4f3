// CSRF defence for cookie-authenticated mutations: a browser always sends Origin on a cross-site POST, so a
// mutating request that carries a cookie and a foreign Origin is refused. Scripts send no Origin: allowed.
import { ForbiddenError } from "@/lib/errors";
import { trustedOrigins } from "@/lib/config/app-url";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function assertSameOrigin(request: Request) {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (!origin || !request.headers.get("cookie")) return;
  if (!trustedOrigins().includes(origin.replace(/\/$/, ""))) {
    throw new ForbiddenError("Cross-site request refused: the Origin header is not this app's origin.");
  }
}
