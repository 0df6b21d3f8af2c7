import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AgentApolloProvider } from "@/apollo/AgentApolloProvider";
import { DsfrProvider, StartDsfrOnHydration } from "@mrs/web-common/dsfr";
import { DsfrHead, getHtmlAttributes } from "@mrs/web-common/dsfr/server";
import { layoutMessages } from "@/layout/layout.messages";
import { SiteFooter } from "@/layout/SiteFooter";
import { SiteHeader } from "@/layout/SiteHeader";
import { SiteSkipLinks } from "@/layout/SiteSkipLinks";

const lang = "fr";

export const metadata: Metadata = {
  title: {
    default: layoutMessages.documentTitle,
    template: `%s — ${layoutMessages.documentTitle}`,
  },
  description: layoutMessages.metadataDescription,
  // A staff-only portal has nothing for search engines.
  robots: { index: false, follow: false },
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
          <AgentApolloProvider>
            <SiteHeader />
            {/* tabIndex lets the skip link move the keyboard focus, not only the scroll. */}
            <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
              {children}
            </main>
          </AgentApolloProvider>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
