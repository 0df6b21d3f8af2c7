import { redirect } from "next/navigation";

// The portal has no public page: everything starts at sign-in.
export default function HomePage(): never {
  redirect("/connexion");
}
