/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FormCaisses {\n    caisses {\n      id\n      number\n      name\n      convocationAllowed\n      parkingAllowed\n    }\n  }\n": typeof types.FormCaissesDocument,
    "\n  mutation StartClaimDraft {\n    startClaimDraft {\n      id\n      token\n      expiresAt\n    }\n  }\n": typeof types.StartClaimDraftDocument,
    "\n  mutation SubmitClaim($draftId: ID!, $input: ClaimInput!, $confirmConflicts: Boolean) {\n    submitClaim(draftId: $draftId, input: $input, confirmConflicts: $confirmConflicts) {\n      claim {\n        id\n        number\n        status\n      }\n      conflicts {\n        tripIndex\n        date\n        reason\n        otherClaimNumber\n      }\n      followUpUrl\n    }\n  }\n": typeof types.SubmitClaimDocument,
    "\n  query ClaimEstimate($input: ClaimEstimateInput!) {\n    claimEstimate(input: $input) {\n      baseCents\n      generalRatePercent\n      generalAmountCents\n      fullAmountCents\n    }\n  }\n": typeof types.ClaimEstimateDocument,
    "\n  query ActiveCaisses {\n    caisses {\n      id\n      number\n      name\n    }\n  }\n": typeof types.ActiveCaissesDocument,
    "\n  query PatientClaim($id: ID!, $token: String!) {\n    patientClaim(id: $id, token: $token) {\n      id\n      number\n      status\n      onHold\n      submittedAt\n      caisse {\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        sizeBytes\n      }\n      events {\n        at\n        type\n        actorType\n      }\n    }\n  }\n": typeof types.PatientClaimDocument,
    "\n  mutation CancelClaim($id: ID!, $token: String!) {\n    cancelClaim(id: $id, token: $token) {\n      id\n      status\n    }\n  }\n": typeof types.CancelClaimDocument,
};
const documents: Documents = {
    "\n  query FormCaisses {\n    caisses {\n      id\n      number\n      name\n      convocationAllowed\n      parkingAllowed\n    }\n  }\n": types.FormCaissesDocument,
    "\n  mutation StartClaimDraft {\n    startClaimDraft {\n      id\n      token\n      expiresAt\n    }\n  }\n": types.StartClaimDraftDocument,
    "\n  mutation SubmitClaim($draftId: ID!, $input: ClaimInput!, $confirmConflicts: Boolean) {\n    submitClaim(draftId: $draftId, input: $input, confirmConflicts: $confirmConflicts) {\n      claim {\n        id\n        number\n        status\n      }\n      conflicts {\n        tripIndex\n        date\n        reason\n        otherClaimNumber\n      }\n      followUpUrl\n    }\n  }\n": types.SubmitClaimDocument,
    "\n  query ClaimEstimate($input: ClaimEstimateInput!) {\n    claimEstimate(input: $input) {\n      baseCents\n      generalRatePercent\n      generalAmountCents\n      fullAmountCents\n    }\n  }\n": types.ClaimEstimateDocument,
    "\n  query ActiveCaisses {\n    caisses {\n      id\n      number\n      name\n    }\n  }\n": types.ActiveCaissesDocument,
    "\n  query PatientClaim($id: ID!, $token: String!) {\n    patientClaim(id: $id, token: $token) {\n      id\n      number\n      status\n      onHold\n      submittedAt\n      caisse {\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        sizeBytes\n      }\n      events {\n        at\n        type\n        actorType\n      }\n    }\n  }\n": types.PatientClaimDocument,
    "\n  mutation CancelClaim($id: ID!, $token: String!) {\n    cancelClaim(id: $id, token: $token) {\n      id\n      status\n    }\n  }\n": types.CancelClaimDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormCaisses {\n    caisses {\n      id\n      number\n      name\n      convocationAllowed\n      parkingAllowed\n    }\n  }\n"): (typeof documents)["\n  query FormCaisses {\n    caisses {\n      id\n      number\n      name\n      convocationAllowed\n      parkingAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartClaimDraft {\n    startClaimDraft {\n      id\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartClaimDraft {\n    startClaimDraft {\n      id\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitClaim($draftId: ID!, $input: ClaimInput!, $confirmConflicts: Boolean) {\n    submitClaim(draftId: $draftId, input: $input, confirmConflicts: $confirmConflicts) {\n      claim {\n        id\n        number\n        status\n      }\n      conflicts {\n        tripIndex\n        date\n        reason\n        otherClaimNumber\n      }\n      followUpUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitClaim($draftId: ID!, $input: ClaimInput!, $confirmConflicts: Boolean) {\n    submitClaim(draftId: $draftId, input: $input, confirmConflicts: $confirmConflicts) {\n      claim {\n        id\n        number\n        status\n      }\n      conflicts {\n        tripIndex\n        date\n        reason\n        otherClaimNumber\n      }\n      followUpUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimEstimate($input: ClaimEstimateInput!) {\n    claimEstimate(input: $input) {\n      baseCents\n      generalRatePercent\n      generalAmountCents\n      fullAmountCents\n    }\n  }\n"): (typeof documents)["\n  query ClaimEstimate($input: ClaimEstimateInput!) {\n    claimEstimate(input: $input) {\n      baseCents\n      generalRatePercent\n      generalAmountCents\n      fullAmountCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveCaisses {\n    caisses {\n      id\n      number\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActiveCaisses {\n    caisses {\n      id\n      number\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientClaim($id: ID!, $token: String!) {\n    patientClaim(id: $id, token: $token) {\n      id\n      number\n      status\n      onHold\n      submittedAt\n      caisse {\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        sizeBytes\n      }\n      events {\n        at\n        type\n        actorType\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientClaim($id: ID!, $token: String!) {\n    patientClaim(id: $id, token: $token) {\n      id\n      number\n      status\n      onHold\n      submittedAt\n      caisse {\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        sizeBytes\n      }\n      events {\n        at\n        type\n        actorType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelClaim($id: ID!, $token: String!) {\n    cancelClaim(id: $id, token: $token) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelClaim($id: ID!, $token: String!) {\n    cancelClaim(id: $id, token: $token) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;