import { Header } from "@codegouvfr/react-dsfr/Header";
import { AgentNavigation } from "@/session/AgentNavigation";
import { SignOutButton } from "@/session/SignOutButton";
import { brandTop, homeLinkProps } from "./brand";
import { layoutMessages } from "./layout.messages";

export function SiteHeader() {
  return (
    <Header
      id="en-tete"
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      serviceTitle={layoutMessages.serviceTitle}
      serviceTagline={layoutMessages.serviceTagline}
      navigation={<AgentNavigation />}
      quickAccessItems={[<SignOutButton key="sign-out" />]}
    />
  );
}
