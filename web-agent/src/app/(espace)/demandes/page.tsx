import type { Metadata } from "next";
import { Suspense } from "react";
import { ClaimQueue } from "@/queue/ClaimQueue";
import { queueMessages as m } from "@/queue/queue.messages";

export const metadata: Metadata = { title: m.title };

export default function DemandesPage() {
  return (
    <>
      <h1>{m.title}</h1>
      {/* The queue reads the query string, which only exists in the browser. */}
      <Suspense>
        <ClaimQueue />
      </Suspense>
    </>
  );
}
