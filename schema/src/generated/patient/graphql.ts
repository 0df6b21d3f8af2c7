/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Nature d'un document joint. */
export type AttachmentKind =
  /** Titre de transport en commun. */
  | 'ATP_RECEIPT'
  /** Prescription médicale de transport (ou convocation). */
  | 'PRESCRIPTION'
  /** Justificatif de péage ou de stationnement (véhicule personnel). */
  | 'VP_RECEIPT';

/** Ce que le patient a saisi, pour une estimation indicative avant l'envoi. */
export type ClaimEstimateInput = {
  /** Kilomètres parcourus en voiture, au total. */
  distanceKm?: number | null | undefined;
  /** Stationnement, en centimes. */
  parkingCents?: number | null | undefined;
  /** Transports en commun, en centimes. */
  publicTransportCents?: number | null | undefined;
  /** Péages, en centimes. */
  tollsCents?: number | null | undefined;
  /** Les trajets (la date du premier fixe les taux). */
  trips: Array<TripInput>;
};

/** Tout ce que le patient saisit pour une demande. */
export type ClaimInput = {
  /** Ids returned by the upload endpoint for this draft. */
  attachmentIds: Array<string>;
  /** Caisse du patient. */
  caisseId: string;
  /** Identité de la personne transportée. */
  patient: PatientInput;
  /** Prescription du transport. */
  prescription: PrescriptionInput;
  /** Absent : pas de transports en commun. */
  publicTransport?: PublicTransportInput | null | undefined;
  /** The sworn statement: must be true. */
  sworn: boolean;
  /** Trajets, dans l'ordre de saisie. */
  trips: Array<TripInput>;
  /** Absent : pas de véhicule personnel. */
  vehicle?: VehicleInput | null | undefined;
};

/** Statut d'une demande. */
export type ClaimStatus =
  /** Annulée par le patient. */
  | 'CANCELLED'
  /** Prise en charge par un technicien. */
  | 'IN_PROGRESS'
  /** Rejetée. */
  | 'REJECTED'
  /** Déposée, en attente de prise en charge. */
  | 'SUBMITTED'
  /** Validée : le paiement suit. */
  | 'VALIDATED';

/** Identité de la personne transportée. */
export type PatientInput = {
  /** Date de naissance. */
  birthDate: string;
  /** Adresse électronique, qui reçoit l'accusé de réception. */
  email: string;
  /** Prénom. */
  firstName: string;
  /** Nom de famille. */
  lastName: string;
  /** Numéro de sécurité sociale et clé, 15 caractères (espaces ignorés). */
  nir: string;
  /** Téléphone français (facultatif). */
  phone?: string | null | undefined;
};

/** Ce qui justifie le transport. */
export type PrescriptionInput = {
  /** Date de la convocation. */
  convocationDate?: string | null | undefined;
  /** Numéro de la ePMT : 14 lettres ou chiffres. */
  epmtNumber?: string | null | undefined;
  /** Nature de la prescription. */
  kind: PrescriptionKind;
};

/** Ce qui justifie le transport. */
export type PrescriptionKind =
  /** Convocation du service médical de l'Assurance Maladie. */
  | 'CONVOCATION'
  /** Prescription électronique, identifiée par 14 caractères. */
  | 'EPMT'
  /** Prescription médicale de transport papier, photographiée ou scannée. */
  | 'PMT';

/** Frais en transports en commun. */
export type PublicTransportInput = {
  /** Coût total des titres de transport, en centimes. */
  costCents: number;
};

/** Un trajet. */
export type TripInput = {
  /** Date de l'aller. */
  outboundDate: string;
  /** Null for a one-way trip. */
  returnDate?: string | null | undefined;
};

/** Frais en véhicule personnel. */
export type VehicleInput = {
  /** Kilomètres parcourus, tous trajets confondus. */
  distanceKm: number;
  /** Stationnement, en centimes. */
  parkingCents?: number | null | undefined;
  /** Péages, en centimes. */
  tollsCents?: number | null | undefined;
};

export type FormCaissesQueryVariables = Exact<{ [key: string]: never; }>;


export type FormCaissesQuery = { caisses: Array<{ id: string, number: string, name: string, convocationAllowed: boolean, parkingAllowed: boolean }> };

export type StartClaimDraftMutationVariables = Exact<{ [key: string]: never; }>;


export type StartClaimDraftMutation = { startClaimDraft: { id: string, token: string, expiresAt: string } };

export type SubmitClaimMutationVariables = Exact<{
  draftId: string;
  input: ClaimInput;
  confirmConflicts?: boolean | null | undefined;
}>;


export type SubmitClaimMutation = { submitClaim: { followUpUrl: string | null, claim: { id: string, number: string, status: ClaimStatus } | null, conflicts: Array<{ tripIndex: number, date: string, reason: string, otherClaimNumber: string | null }> } };

export type ClaimEstimateQueryVariables = Exact<{
  input: ClaimEstimateInput;
}>;


export type ClaimEstimateQuery = { claimEstimate: { baseCents: number, generalRatePercent: number, generalAmountCents: number, fullAmountCents: number } };

export type ActiveCaissesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveCaissesQuery = { caisses: Array<{ id: string, number: string, name: string }> };

export type PatientClaimQueryVariables = Exact<{
  id: string;
  token: string;
}>;


export type PatientClaimQuery = { patientClaim: { id: string, number: string, status: ClaimStatus, onHold: boolean, submittedAt: string, prescriptionKind: PrescriptionKind, distanceKm: number | null, tollsCents: number | null, parkingCents: number | null, publicTransportCents: number | null, caisse: { number: string, name: string }, patient: { firstName: string, lastName: string }, trips: Array<{ outboundDate: string, returnDate: string | null }>, attachments: Array<{ id: string, kind: AttachmentKind, fileName: string, sizeBytes: number }>, events: Array<{ at: string, type: string, actorType: string }> } | null };

export type CancelClaimMutationVariables = Exact<{
  id: string;
  token: string;
}>;


export type CancelClaimMutation = { cancelClaim: { id: string, status: ClaimStatus } };


export const FormCaissesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormCaisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"convocationAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"parkingAllowed"}}]}}]}}]} as unknown as DocumentNode<FormCaissesQuery, FormCaissesQueryVariables>;
export const StartClaimDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartClaimDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startClaimDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<StartClaimDraftMutation, StartClaimDraftMutationVariables>;
export const SubmitClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmConflicts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmConflicts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmConflicts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tripIndex"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"otherClaimNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpUrl"}}]}}]}}]} as unknown as DocumentNode<SubmitClaimMutation, SubmitClaimMutationVariables>;
export const ClaimEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimEstimateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCents"}},{"kind":"Field","name":{"kind":"Name","value":"generalRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"generalAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"fullAmountCents"}}]}}]}}]} as unknown as DocumentNode<ClaimEstimateQuery, ClaimEstimateQueryVariables>;
export const ActiveCaissesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveCaisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActiveCaissesQuery, ActiveCaissesQueryVariables>;
export const PatientClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onHold"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caisse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionKind"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundDate"}},{"kind":"Field","name":{"kind":"Name","value":"returnDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"tollsCents"}},{"kind":"Field","name":{"kind":"Name","value":"parkingCents"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransportCents"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}}]}}]}}]}}]} as unknown as DocumentNode<PatientClaimQuery, PatientClaimQueryVariables>;
export const CancelClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelClaimMutation, CancelClaimMutationVariables>;