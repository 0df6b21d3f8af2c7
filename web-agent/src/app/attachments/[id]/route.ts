import { forwardToApi } from "@mrs/web-common/relay";

// A proxy must answer each request afresh: documents are private and never cached here.
export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ id: string }> };

/**
 * Same-origin address of a claim's document, so that the session cookie reaches the API and
 * the viewer's <img> and PDF.js load nothing from another origin. The API decides
 * who may read it and sets `private, no-store`.
 */
export async function GET(request: Request, { params }: RouteContext): Promise<Response> {
  const { id } = await params;
  const response = await forwardToApi(request, `/attachments/${encodeURIComponent(id)}`);
  // The relay passes only a few headers on; this one must reach the browser too, so that a
  // file is never read as anything but its declared type.
  response.headers.set("x-content-type-options", "nosniff");
  return response;
}
