/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": typeof types.SetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query MessageTemplates($kind: MessageTemplateKind, $caisseId: ID, $includeInactive: Boolean) {\n    messageTemplates(kind: $kind, caisseId: $caisseId, includeInactive: $includeInactive) {\n      id\n      name\n      kind\n      subject\n      body\n      active\n      usageCount\n      caisse {\n        id\n        number\n        name\n      }\n    }\n    messageTemplatePlaceholders\n  }\n": typeof types.MessageTemplatesDocument,
    "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      id\n      name\n      subject\n      body\n    }\n  }\n": typeof types.UpdateMessageTemplateDocument,
    "\n  mutation DeactivateMessageTemplate($id: ID!) {\n    deactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateMessageTemplateDocument,
    "\n  mutation ReactivateMessageTemplate($id: ID!) {\n    reactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateMessageTemplateDocument,
};
const documents: Documents = {
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": types.SetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query MessageTemplates($kind: MessageTemplateKind, $caisseId: ID, $includeInactive: Boolean) {\n    messageTemplates(kind: $kind, caisseId: $caisseId, includeInactive: $includeInactive) {\n      id\n      name\n      kind\n      subject\n      body\n      active\n      usageCount\n      caisse {\n        id\n        number\n        name\n      }\n    }\n    messageTemplatePlaceholders\n  }\n": types.MessageTemplatesDocument,
    "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n": types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      id\n      name\n      subject\n      body\n    }\n  }\n": types.UpdateMessageTemplateDocument,
    "\n  mutation DeactivateMessageTemplate($id: ID!) {\n    deactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateMessageTemplateDocument,
    "\n  mutation ReactivateMessageTemplate($id: ID!) {\n    reactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateMessageTemplateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplates($kind: MessageTemplateKind, $caisseId: ID, $includeInactive: Boolean) {\n    messageTemplates(kind: $kind, caisseId: $caisseId, includeInactive: $includeInactive) {\n      id\n      name\n      kind\n      subject\n      body\n      active\n      usageCount\n      caisse {\n        id\n        number\n        name\n      }\n    }\n    messageTemplatePlaceholders\n  }\n"): (typeof documents)["\n  query MessageTemplates($kind: MessageTemplateKind, $caisseId: ID, $includeInactive: Boolean) {\n    messageTemplates(kind: $kind, caisseId: $caisseId, includeInactive: $includeInactive) {\n      id\n      name\n      kind\n      subject\n      body\n      active\n      usageCount\n      caisse {\n        id\n        number\n        name\n      }\n    }\n    messageTemplatePlaceholders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      id\n      name\n      subject\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      id\n      name\n      subject\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMessageTemplate($id: ID!) {\n    deactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMessageTemplate($id: ID!) {\n    deactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMessageTemplate($id: ID!) {\n    reactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMessageTemplate($id: ID!) {\n    reactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;