"use client";

import { usePathname } from "next/navigation";
import { useQuery } from "@apollo/client/react";
import { MainNavigation, type MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { MeDocument } from "./session.documents";
import { abilitiesOf } from "./roles";
import { sessionMessages as m } from "./session.messages";

/** The header's main menu: only the sections the signed-in agent's roles open. */
export function AgentNavigation() {
  const pathname = usePathname();
  const { data } = useQuery(MeDocument);
  const me = data?.me;
  if (!me) return null;

  const can = abilitiesOf(me.roles);
  const link = (text: string, href: string): MainNavigationProps.Item => ({
    text,
    linkProps: { href },
    isActive: pathname === href || pathname.startsWith(`${href}/`),
  });
  const items: MainNavigationProps.Item[] = [
    ...(can.readClaims
      ? [link(m.navigation.dashboard, "/tableau-de-bord"), link(m.navigation.queue, "/demandes")]
      : []),
    ...(can.exportPayments ? [link(m.navigation.paymentExport, "/paiements/export")] : []),
    ...(can.importPayments ? [link(m.navigation.paymentImport, "/paiements/import")] : []),
    ...(can.manageTemplates ? [link(m.navigation.templates, "/modeles")] : []),
    ...(can.manageAccounts ? [link(m.navigation.accounts, "/comptes")] : []),
  ];
  return <MainNavigation id="navigation-principale" items={items} />;
}
