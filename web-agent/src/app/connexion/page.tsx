import { Suspense } from "react";
import type { Metadata } from "next";
import { AuthPanel } from "@/connexion/AuthPanel";
import { connexionMessages as m } from "@/connexion/connexion.messages";
import { SignInForm } from "@/connexion/SignInForm";

export const metadata: Metadata = { title: m.title };

export default function ConnexionPage() {
  return (
    <AuthPanel title={m.title} intro={m.intro}>
      {/* The form reads `?retour=`, known in the browser only. */}
      <Suspense>
        <SignInForm />
      </Suspense>
    </AuthPanel>
  );
}
