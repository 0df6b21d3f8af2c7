import { forwardToApi } from "@mrs/web-common/relay";

// Documents go to the API through this site, so the browser never leaves its origin. The
// multipart body is streamed, not buffered: files reach 10 MiB.
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return forwardToApi(request, "/uploads");
}
