/**
 * Response headers of every page of both sites (SPEC 8). Framing is allowed only by the site
 * itself: no clickjacking. Workers may only come from the site itself: the agent portal's PDF
 * viewer runs PDF.js in a worker bundled with the app, never one fetched from elsewhere.
 */
export const securityHeaders = [
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'self'; base-uri 'self'; worker-src 'self'",
  },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
];
