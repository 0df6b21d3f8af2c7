import type { Metadata } from "next";
import { AuthPanel } from "@/connexion/AuthPanel";
import { connexionMessages as m } from "@/connexion/connexion.messages";
import { ForgottenPasswordForm } from "@/connexion/ForgottenPasswordForm";

export const metadata: Metadata = { title: m.forgottenTitle };

export default function MotDePasseOubliePage() {
  return (
    <AuthPanel title={m.forgottenTitle} intro={m.forgottenIntro}>
      <ForgottenPasswordForm />
    </AuthPanel>
  );
}
