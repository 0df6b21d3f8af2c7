import { graphql } from "@mrs/schema/agent";

export const MessageTemplatesDocument = graphql(`
  query MessageTemplates($kind: MessageTemplateKind, $caisseId: ID, $includeInactive: Boolean) {
    messageTemplates(kind: $kind, caisseId: $caisseId, includeInactive: $includeInactive) {
      id
      name
      kind
      subject
      body
      active
      usageCount
      caisse {
        id
        number
        name
      }
    }
    messageTemplatePlaceholders
  }
`);

export const CreateMessageTemplateDocument = graphql(`
  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      id
    }
  }
`);

export const UpdateMessageTemplateDocument = graphql(`
  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) {
      id
      name
      subject
      body
    }
  }
`);

export const DeactivateMessageTemplateDocument = graphql(`
  mutation DeactivateMessageTemplate($id: ID!) {
    deactivateMessageTemplate(id: $id) {
      id
      active
    }
  }
`);

export const ReactivateMessageTemplateDocument = graphql(`
  mutation ReactivateMessageTemplate($id: ID!) {
    reactivateMessageTemplate(id: $id) {
      id
      active
    }
  }
`);
