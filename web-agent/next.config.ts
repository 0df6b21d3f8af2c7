import type { NextConfig } from "next";
import { securityHeaders } from "@mrs/web-common/security-headers";

// No rewrites to the API here: they would freeze API_URL at build time, while the launcher
// only knows the API's address at start. The route handlers under src/app proxy at request time.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Shared TypeScript sources, compiled by each app.
  transpilePackages: ["@mrs/web-common"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
