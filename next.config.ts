import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg, the Neon driver and ws are Node libraries: load them at runtime instead of bundling them.
  serverExternalPackages: ["pg", "@neondatabase/serverless", "ws"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
