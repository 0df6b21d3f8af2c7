import { graphql } from "@mrs/schema/patient";

export const PatientClaimQuery = graphql(`
  query PatientClaim($id: ID!, $token: String!) {
    patientClaim(id: $id, token: $token) {
      id
      number
      status
      onHold
      submittedAt
      caisse {
        number
        name
      }
      patient {
        firstName
        lastName
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
        sizeBytes
      }
      events {
        at
        type
        actorType
      }
    }
  }
`);

export const CancelClaimMutation = graphql(`
  mutation CancelClaim($id: ID!, $token: String!) {
    cancelClaim(id: $id, token: $token) {
      id
      status
    }
  }
`);
