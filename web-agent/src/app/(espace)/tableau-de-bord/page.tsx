import type { Metadata } from "next";
import { Dashboard } from "@/dashboard/Dashboard";
import { dashboardMessages as m } from "@/dashboard/dashboard.messages";

export const metadata: Metadata = { title: m.title };

export default function TableauDeBordPage() {
  return (
    <>
      <h1>{m.title}</h1>
      <Dashboard />
    </>
  );
}
