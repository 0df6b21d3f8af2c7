import type { Metadata } from "next";
import { AccountsManager } from "@/accounts/AccountsManager";
import { accountsMessages as m } from "@/accounts/accounts.messages";

export const metadata: Metadata = { title: m.title };

export default function ComptesPage() {
  return (
    <>
      <h1>{m.title}</h1>
      <AccountsManager />
    </>
  );
}
