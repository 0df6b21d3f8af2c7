/**
 * Response headers of every page of both sites (SPEC 8). Framing is allowed only by the site
 * itself (the agent portal shows documents in a frame of its own pages): no clickjacking.
 */
export const securityHeaders = [
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'self'; base-uri 'self'",
  },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
];
