import { forwardToApi } from "@mrs/web-common/relay";

export const dynamic = "force-dynamic";

export type UploadRouteContext = { params: Promise<{ id: string }> };

/** Removes a document from the draft (Authorization: Bearer <draft token>). */
export async function DELETE(request: Request, context: UploadRouteContext): Promise<Response> {
  const { id } = await context.params;
  return forwardToApi(request, `/uploads/${encodeURIComponent(id)}`);
}
