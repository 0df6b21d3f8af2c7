import { forwardToApi } from "@mrs/web-common/relay";

// A proxy must answer each request afresh, with the API's address of this run.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return forwardToApi(request, "/graphql");
}

export function POST(request: Request): Promise<Response> {
  return forwardToApi(request, "/graphql");
}
