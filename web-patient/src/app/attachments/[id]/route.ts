import { forwardToApi } from "@mrs/web-common/relay";

export const dynamic = "force-dynamic";

export type AttachmentRouteContext = { params: Promise<{ id: string }> };

/** A stored document, for the draft's or the personal link's token (`?jeton=`). */
export async function GET(request: Request, context: AttachmentRouteContext): Promise<Response> {
  const { id } = await context.params;
  return forwardToApi(request, `/attachments/${encodeURIComponent(id)}`);
}
