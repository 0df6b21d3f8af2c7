import type { Metadata } from "next";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { query } from "@/apollo/rsc-client";
import { ClaimFollowUp } from "@/suivi/ClaimFollowUp";
import { PatientClaimQuery } from "@/suivi/suivi-operations";
import { suiviMessages as m } from "@/suivi/suivi.messages";

// The token in the address must not leak to other sites nor to search engines.
export const metadata: Metadata = {
  title: m.title,
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export const dynamic = "force-dynamic";

export type SuiviPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SuiviPage({ params, searchParams }: SuiviPageProps) {
  const { id } = await params;
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  let claim;
  try {
    const { data } = await query({ query: PatientClaimQuery, variables: { id, token } });
    claim = data?.patientClaim ?? null;
  } catch {
    // Already reported by the error link.
    claim = undefined;
  }
  if (claim) return <ClaimFollowUp claim={claim} token={token} />;
  return (
    <>
      <h1>{claim === null ? m.notFoundTitle : m.title}</h1>
      <p>{claim === null ? m.notFound : m.unavailable}</p>
      <Button priority="secondary" linkProps={{ href: "/" }}>
        {m.backHome}
      </Button>
    </>
  );
}
