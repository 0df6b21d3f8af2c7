import type { Metadata } from "next";
import { AuthPanel } from "@/connexion/AuthPanel";
import { connexionMessages as m } from "@/connexion/connexion.messages";
import { SetPasswordForm } from "@/connexion/SetPasswordForm";

export const metadata: Metadata = { title: m.setTitle };

export default function MotDePassePage() {
  return (
    <AuthPanel title={m.setTitle} intro={m.setIntro}>
      <SetPasswordForm />
    </AuthPanel>
  );
}
