import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./dsfr-fixes.css";
import { ApolloWrapper } from "@/apollo/ApolloWrapper";
import { DsfrProvider, StartDsfrOnHydration } from "@mrs/web-common/dsfr";
import { DsfrHead, getHtmlAttributes } from "@mrs/web-common/dsfr/server";
import { layoutMessages } from "@/layout/layout.messages";
import { SiteFooter } from "@/layout/SiteFooter";
import { SiteHeader } from "@/layout/SiteHeader";
import { SiteSkipLinks } from "@/layout/SiteSkipLinks";

const lang = "fr";

export const metadata: Metadata = {
  title: { default: layoutMessages.serviceTitle, template: `%s — ${layoutMessages.serviceTitle}` },
  description: layoutMessages.metadataDescription,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <StartDsfrOnHydration />
        <DsfrHead />
      </head>
      <body>
        <DsfrProvider lang={lang}>
          <SiteSkipLinks />
          <SiteHeader />
          <ApolloWrapper>
            {/* tabIndex lets the skip link move the keyboard focus, not only the scroll. */}
            <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
              {children}
            </main>
          </ApolloWrapper>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
