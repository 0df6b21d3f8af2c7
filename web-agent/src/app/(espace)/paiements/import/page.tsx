import type { Metadata } from "next";
import { PaymentImport } from "@/payments/PaymentImport";
import { paymentsMessages } from "@/payments/payments.messages";

const m = paymentsMessages.import;

export const metadata: Metadata = { title: m.title };

export default function ImportPaiementsPage() {
  return (
    <>
      <h1>{m.title}</h1>
      <PaymentImport />
    </>
  );
}
