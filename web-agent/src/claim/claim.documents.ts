import { graphql } from "@mrs/schema/agent";

export const ClaimDetailDocument = graphql(`
  query ClaimDetail($id: ID!) {
    claim(id: $id) {
      id
      number
      status
      onHold
      version
      submittedAt
      caisse {
        id
        number
        name
      }
      patient {
        firstName
        lastName
        birthDate
        nir
        email
        phone
      }
      prescriptionKind
      trips {
        outboundDate
        returnDate
      }
      distanceKm
      tollsCents
      parkingCents
      publicTransportCents
      attachments {
        id
        kind
        fileName
        contentType
        sizeBytes
      }
      conflictsKept
      conflictsFixed
      review {
        holdReason
        assignedToMe
        assignedAgent {
          email
        }
        original {
          nir
          birthDate
          firstName
          lastName
          email
          phone
          distanceKm
        }
        amounts {
          taxiReferenceCents
          reimbursementBaseCents
          generalRatePercent
          amountAtGeneralRateCents
          amountAtFullRateCents
        }
        relatedClaims {
          id
          number
          status
          sharedDates
        }
        timeline {
          at
          type
          actorType
          actorEmail
          before
          after
          emailSent
        }
        validationEmailPreview {
          subject
          body
        }
      }
    }
  }
`);

export const TakeClaimDocument = graphql(`
  mutation TakeClaim($id: ID!, $version: Int!) {
    takeClaim(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const ValidateClaimDocument = graphql(`
  mutation ValidateClaim($id: ID!, $version: Int!) {
    validateClaim(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const RejectClaimDocument = graphql(`
  mutation RejectClaim(
    $id: ID!
    $version: Int!
    $templateId: ID!
    $subject: String
    $body: String
  ) {
    rejectClaim(
      id: $id
      version: $version
      templateId: $templateId
      subject: $subject
      body: $body
    ) {
      id
      status
      version
    }
  }
`);

export const SetClaimOnHoldDocument = graphql(`
  mutation SetClaimOnHold($id: ID!, $version: Int!, $reason: String!) {
    setClaimOnHold(id: $id, version: $version, reason: $reason) {
      id
      onHold
      version
    }
  }
`);

export const ReleaseClaimHoldDocument = graphql(`
  mutation ReleaseClaimHold($id: ID!, $version: Int!) {
    releaseClaimHold(id: $id, version: $version) {
      id
      onHold
      version
    }
  }
`);

export const ContactPatientDocument = graphql(`
  mutation ContactPatient(
    $id: ID!
    $version: Int!
    $templateId: ID!
    $subject: String
    $body: String
  ) {
    contactPatient(
      id: $id
      version: $version
      templateId: $templateId
      subject: $subject
      body: $body
    ) {
      id
      version
    }
  }
`);

export const CorrectClaimDocument = graphql(`
  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {
    correctClaim(id: $id, version: $version, input: $input) {
      changedFields
      notices
      claim {
        id
        version
      }
    }
  }
`);
