import { graphql } from "@mrs/schema/agent";

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      roles
      caisses {
        id
        number
        name
      }
    }
  }
`);

export const LogOutDocument = graphql(`
  mutation LogOut {
    logOut
  }
`);
