import { graphql } from "@mrs/schema/agent";

export const ClaimQueueDocument = graphql(`
  query ClaimQueue($filter: ClaimFilter, $first: Int, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          status
          onHold
          version
          submittedAt
          conflictsKept
          caisse {
            id
            number
          }
          patient {
            firstName
            lastName
          }
        }
      }
    }
  }
`);

export const ValidateClaimsDocument = graphql(`
  mutation ValidateClaims($claims: [ClaimVersionInput!]!) {
    validateClaims(claims: $claims) {
      validatedCount
      outcomes {
        id
        ok
        code
        message
      }
    }
  }
`);
