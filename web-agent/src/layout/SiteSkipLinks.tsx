import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { layoutMessages } from "./layout.messages";

/** First focusable elements of every page (RGAA 12.7): straight to the content or the footer. */
export function SiteSkipLinks() {
  return (
    <SkipLinks
      links={[
        { label: layoutMessages.skipToContent, anchor: "#contenu" },
        { label: layoutMessages.skipToFooter, anchor: "#pied-de-page" },
      ]}
    />
  );
}
