import type { Metadata } from "next";
import { templatesMessages as m } from "@/templates/templates.messages";
import { TemplatesManager } from "@/templates/TemplatesManager";

export const metadata: Metadata = { title: m.title };

export default function ModelesPage() {
  return (
    <>
      <h1>{m.title}</h1>
      <TemplatesManager />
    </>
  );
}
