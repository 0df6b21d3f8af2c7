import type { Metadata } from "next";
import { PaymentExport } from "@/payments/PaymentExport";
import { paymentsMessages } from "@/payments/payments.messages";

const m = paymentsMessages.export;

export const metadata: Metadata = { title: m.title };

export default function ExportPaiementsPage() {
  return (
    <>
      <h1>{m.title}</h1>
      <PaymentExport />
    </>
  );
}
