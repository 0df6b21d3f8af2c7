import type { Metadata } from "next";
import { accessibilityMessages as m } from "@/layout/accessibility.messages";

export const metadata: Metadata = { title: m.title };

export default function AccessibilitePage() {
  return (
    <>
      <h1>{m.title}</h1>
      <h2>{m.status}</h2>
      <p>{m.statusText}</p>
      <h2>{m.feedback}</h2>
      <p>{m.feedbackText}</p>
    </>
  );
}
