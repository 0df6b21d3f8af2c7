import Link from "next/link";
import {
  DsfrHeadBase,
  createGetHtmlAttributes,
  type DsfrHeadProps,
} from "@codegouvfr/react-dsfr/next-app-router/server-only-index";

// Light by default: the theme is only switched by an explicit choice of the user.
export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: "light" });

export function DsfrHead(props: Omit<DsfrHeadProps, "Link">) {
  return <DsfrHeadBase Link={Link} {...props} />;
}
