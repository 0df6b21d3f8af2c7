import { graphql } from "@mrs/schema/patient";

export const FormCaissesQuery = graphql(`
  query FormCaisses {
    caisses {
      id
      number
      name
      convocationAllowed
      parkingAllowed
    }
  }
`);

export const StartClaimDraftMutation = graphql(`
  mutation StartClaimDraft {
    startClaimDraft {
      id
      token
      expiresAt
    }
  }
`);

// Sent with `Authorization: Bearer <draft token>`.
export const SubmitClaimMutation = graphql(`
  mutation SubmitClaim($draftId: ID!, $input: ClaimInput!, $confirmConflicts: Boolean) {
    submitClaim(draftId: $draftId, input: $input, confirmConflicts: $confirmConflicts) {
      claim {
        id
        number
        status
      }
      conflicts {
        tripIndex
        date
        reason
        otherClaimNumber
      }
      followUpUrl
    }
  }
`);

// SPEC 4.6: computed by the API from the tariffs in force on the first trip's date.
export const ClaimEstimateQuery = graphql(`
  query ClaimEstimate($input: ClaimEstimateInput!) {
    claimEstimate(input: $input) {
      baseCents
      generalRatePercent
      generalAmountCents
      fullAmountCents
    }
  }
`);
