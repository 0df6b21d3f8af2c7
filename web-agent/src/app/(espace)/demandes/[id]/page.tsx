import type { Metadata } from "next";
import { claimMessages as m } from "@/claim/claim.messages";
import { ClaimView } from "@/claim/ClaimView";

export const metadata: Metadata = { title: m.documentTitle };

type ClaimPageProps = { params: Promise<{ id: string }> };

export default async function ClaimPage({ params }: ClaimPageProps) {
  const { id } = await params;
  return <ClaimView id={id} />;
}
