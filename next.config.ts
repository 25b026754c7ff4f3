import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg, the Neon driver and ws are Node libraries: load them at runtime instead of bundling them.
  serverExternalPackages: ["pg", "@neondatabase/serverless", "ws"],
  poweredByHeader: false,
  // A second build directory lets two builds of one checkout coexist (e.g. a developer's and a test run's).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
