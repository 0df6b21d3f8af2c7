import { graphql } from "@mrs/schema/agent";

export const AgentAccountsDocument = graphql(`
  query AgentAccounts($caisseId: ID, $includeInactive: Boolean, $first: Int, $after: String) {
    agents(caisseId: $caisseId, includeInactive: $includeInactive, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          email
          firstName
          lastName
          roles
          active
          passwordSet
          lastLoginAt
          version
          caisses {
            id
            number
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    caisses {
      id
      number
      name
    }
  }
`);

export const CreateAgentDocument = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      id
      email
    }
  }
`);

export const UpdateAgentDocument = graphql(`
  mutation UpdateAgent($id: ID!, $version: Int, $input: UpdateAgentInput!) {
    updateAgent(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const DeactivateAgentDocument = graphql(`
  mutation DeactivateAgent($id: ID!) {
    deactivateAgent(id: $id) {
      id
      active
      version
    }
  }
`);

export const ReactivateAgentDocument = graphql(`
  mutation ReactivateAgent($id: ID!) {
    reactivateAgent(id: $id) {
      id
      active
      version
    }
  }
`);

export const SendSetPasswordLinkDocument = graphql(`
  mutation SendSetPasswordLink($id: ID!) {
    sendSetPasswordLink(id: $id)
  }
`);
