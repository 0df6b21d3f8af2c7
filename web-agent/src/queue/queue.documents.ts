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
