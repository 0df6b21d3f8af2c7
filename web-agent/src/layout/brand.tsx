import { layoutMessages } from "./layout.messages";

// The Marianne block is the same in the header and the footer of every State site.
export const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

export const homeLinkProps = { href: "/", title: layoutMessages.homeLinkTitle };
