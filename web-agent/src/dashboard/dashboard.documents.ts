import { graphql } from "@mrs/schema/agent";

export const DashboardDocument = graphql(`
  query Dashboard {
    dashboard {
      countsByStatus {
        status
        count
        countIsExact
      }
      onHoldCount
      myInProgressCount
      myInProgress {
        id
        number
        submittedAt
        patient {
          firstName
          lastName
        }
      }
      oldestWaiting {
        id
        number
        submittedAt
        caisse {
          number
        }
      }
    }
  }
`);
