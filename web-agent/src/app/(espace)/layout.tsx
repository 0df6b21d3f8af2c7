import type { ReactNode } from "react";
import { SignedInArea } from "@/session/SignedInArea";

// Every page of this group is for signed-in agents; the group adds nothing to the URLs.
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return <SignedInArea>{children}</SignedInArea>;
}
