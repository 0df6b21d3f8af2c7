import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { brandTop, homeLinkProps } from "./brand";
import { layoutMessages } from "./layout.messages";

export function SiteFooter() {
  return (
    <Footer
      id="pied-de-page"
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      contentDescription={layoutMessages.footerDescription}
      // No audit has been made yet: the RGAA requires saying so rather than claiming conformity.
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      // Opens the theme dialog (light, dark, system) that the DSFR header already mounts.
      bottomItems={[headerFooterDisplayItem]}
    />
  );
}
