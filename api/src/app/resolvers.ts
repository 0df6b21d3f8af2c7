import type { NonEmptyArray } from "type-graphql";
import { CaisseResolver } from "../caisses/caisse.resolver";
import { ClaimResolver } from "../claims/claim.resolver";
import type { ResolverClass } from "../graphql/build-schema";

/** Every resolver of the public schema. Features add theirs here. */
export const resolvers: NonEmptyArray<ResolverClass> = [CaisseResolver, ClaimResolver];
