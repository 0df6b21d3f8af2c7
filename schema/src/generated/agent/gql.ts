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
    "\n  query AgentAccounts($caisseId: ID, $includeInactive: Boolean, $first: Int, $after: String) {\n    agents(caisseId: $caisseId, includeInactive: $includeInactive, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          roles\n          active\n          passwordSet\n          lastLoginAt\n          version\n          caisses {\n            id\n            number\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    caisses {\n      id\n      number\n      name\n    }\n  }\n": typeof types.AgentAccountsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $version: Int, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  mutation DeactivateAgent($id: ID!) {\n    deactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.DeactivateAgentDocument,
    "\n  mutation ReactivateAgent($id: ID!) {\n    reactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.ReactivateAgentDocument,
    "\n  mutation SendSetPasswordLink($id: ID!) {\n    sendSetPasswordLink(id: $id)\n  }\n": typeof types.SendSetPasswordLinkDocument,
    "\n  query ClaimDetail($id: ID!) {\n    claim(id: $id) {\n      id\n      number\n      status\n      onHold\n      version\n      submittedAt\n      caisse {\n        id\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n        birthDate\n        nir\n        email\n        phone\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        contentType\n        sizeBytes\n      }\n      conflictsKept\n      conflictsFixed\n      review {\n        holdReason\n        assignedToMe\n        assignedAgent {\n          email\n        }\n        original {\n          nir\n          birthDate\n          firstName\n          lastName\n          email\n          phone\n          distanceKm\n        }\n        amounts {\n          taxiReferenceCents\n          reimbursementBaseCents\n          generalRatePercent\n          amountAtGeneralRateCents\n          amountAtFullRateCents\n        }\n        relatedClaims {\n          id\n          number\n          status\n          sharedDates\n        }\n        timeline {\n          at\n          type\n          actorType\n          actorEmail\n          before\n          after\n          emailSent\n        }\n        validationEmailPreview {\n          subject\n          body\n        }\n      }\n    }\n  }\n": typeof types.ClaimDetailDocument,
    "\n  mutation TakeClaim($id: ID!, $version: Int!) {\n    takeClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.TakeClaimDocument,
    "\n  mutation ValidateClaim($id: ID!, $version: Int!) {\n    validateClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ValidateClaimDocument,
    "\n  mutation RejectClaim(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    rejectClaim(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RejectClaimDocument,
    "\n  mutation SetClaimOnHold($id: ID!, $version: Int!, $reason: String!) {\n    setClaimOnHold(id: $id, version: $version, reason: $reason) {\n      id\n      onHold\n      version\n    }\n  }\n": typeof types.SetClaimOnHoldDocument,
    "\n  mutation ReleaseClaimHold($id: ID!, $version: Int!) {\n    releaseClaimHold(id: $id, version: $version) {\n      id\n      onHold\n      version\n    }\n  }\n": typeof types.ReleaseClaimHoldDocument,
    "\n  mutation ContactPatient(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    contactPatient(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      version\n    }\n  }\n": typeof types.ContactPatientDocument,
    "\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      changedFields\n      notices\n      claim {\n        id\n        version\n      }\n    }\n  }\n": typeof types.CorrectClaimDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": typeof types.SetPasswordDocument,
    "\n  query Dashboard {\n    dashboard {\n      countsByStatus {\n        status\n        count\n        countIsExact\n      }\n      onHoldCount\n      myInProgressCount\n      myInProgress {\n        id\n        number\n        submittedAt\n        patient {\n          firstName\n          lastName\n        }\n      }\n      oldestWaiting {\n        id\n        number\n        submittedAt\n        caisse {\n          number\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query PaymentCaisses {\n    caisses(activeOnly: false) {\n      id\n      number\n      name\n    }\n  }\n": typeof types.PaymentCaissesDocument,
    "\n  query ExportPayments($caisseId: ID!) {\n    exportPayments(caisseId: $caisseId)\n  }\n": typeof types.ExportPaymentsDocument,
    "\n  mutation ImportPayments($csv: String!) {\n    importPayments(csv: $csv) {\n      importedCount\n      errorCount\n      lines {\n        line\n        claimNumber\n        ok\n        errors {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportPaymentsDocument,
    "\n  query ClaimPayment($id: ID!) {\n    claim(id: $id) {\n      id\n      review {\n        payment {\n          mandateDate\n          baseCents\n          amountCents\n          shift\n          finess\n          adeli\n        }\n      }\n    }\n  }\n": typeof types.ClaimPaymentDocument,
    "\n  query ClaimQueue($filter: ClaimFilter, $first: Int, $after: String) {\n    claims(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          onHold\n          version\n          submittedAt\n          conflictsKept\n          caisse {\n            id\n            number\n          }\n          patient {\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimQueueDocument,
    "\n  mutation ValidateClaims($claims: [ClaimVersionInput!]!) {\n    validateClaims(claims: $claims) {\n      validatedCount\n      outcomes {\n        id\n        ok\n        code\n        message\n      }\n    }\n  }\n": typeof types.ValidateClaimsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query MessageTemplates($kind: MessageTemplateKind, $caisseId: ID, $includeInactive: Boolean) {\n    messageTemplates(kind: $kind, caisseId: $caisseId, includeInactive: $includeInactive) {\n      id\n      name\n      kind\n      subject\n      body\n      active\n      usageCount\n      caisse {\n        id\n        number\n        name\n      }\n    }\n    messageTemplatePlaceholders\n  }\n": typeof types.MessageTemplatesDocument,
    "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      id\n      name\n      subject\n      body\n    }\n  }\n": typeof types.UpdateMessageTemplateDocument,
    "\n  mutation DeactivateMessageTemplate($id: ID!) {\n    deactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateMessageTemplateDocument,
    "\n  mutation ReactivateMessageTemplate($id: ID!) {\n    reactivateMessageTemplate(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateMessageTemplateDocument,
};
const documents: Documents = {
    "\n  query AgentAccounts($caisseId: ID, $includeInactive: Boolean, $first: Int, $after: String) {\n    agents(caisseId: $caisseId, includeInactive: $includeInactive, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          roles\n          active\n          passwordSet\n          lastLoginAt\n          version\n          caisses {\n            id\n            number\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    caisses {\n      id\n      number\n      name\n    }\n  }\n": types.AgentAccountsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      email\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $version: Int, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  mutation DeactivateAgent($id: ID!) {\n    deactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n": types.DeactivateAgentDocument,
    "\n  mutation ReactivateAgent($id: ID!) {\n    reactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n": types.ReactivateAgentDocument,
    "\n  mutation SendSetPasswordLink($id: ID!) {\n    sendSetPasswordLink(id: $id)\n  }\n": types.SendSetPasswordLinkDocument,
    "\n  query ClaimDetail($id: ID!) {\n    claim(id: $id) {\n      id\n      number\n      status\n      onHold\n      version\n      submittedAt\n      caisse {\n        id\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n        birthDate\n        nir\n        email\n        phone\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        contentType\n        sizeBytes\n      }\n      conflictsKept\n      conflictsFixed\n      review {\n        holdReason\n        assignedToMe\n        assignedAgent {\n          email\n        }\n        original {\n          nir\n          birthDate\n          firstName\n          lastName\n          email\n          phone\n          distanceKm\n        }\n        amounts {\n          taxiReferenceCents\n          reimbursementBaseCents\n          generalRatePercent\n          amountAtGeneralRateCents\n          amountAtFullRateCents\n        }\n        relatedClaims {\n          id\n          number\n          status\n          sharedDates\n        }\n        timeline {\n          at\n          type\n          actorType\n          actorEmail\n          before\n          after\n          emailSent\n        }\n        validationEmailPreview {\n          subject\n          body\n        }\n      }\n    }\n  }\n": types.ClaimDetailDocument,
    "\n  mutation TakeClaim($id: ID!, $version: Int!) {\n    takeClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": types.TakeClaimDocument,
    "\n  mutation ValidateClaim($id: ID!, $version: Int!) {\n    validateClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": types.ValidateClaimDocument,
    "\n  mutation RejectClaim(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    rejectClaim(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      status\n      version\n    }\n  }\n": types.RejectClaimDocument,
    "\n  mutation SetClaimOnHold($id: ID!, $version: Int!, $reason: String!) {\n    setClaimOnHold(id: $id, version: $version, reason: $reason) {\n      id\n      onHold\n      version\n    }\n  }\n": types.SetClaimOnHoldDocument,
    "\n  mutation ReleaseClaimHold($id: ID!, $version: Int!) {\n    releaseClaimHold(id: $id, version: $version) {\n      id\n      onHold\n      version\n    }\n  }\n": types.ReleaseClaimHoldDocument,
    "\n  mutation ContactPatient(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    contactPatient(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      version\n    }\n  }\n": types.ContactPatientDocument,
    "\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      changedFields\n      notices\n      claim {\n        id\n        version\n      }\n    }\n  }\n": types.CorrectClaimDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      email\n      roles\n      caisses {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": types.SetPasswordDocument,
    "\n  query Dashboard {\n    dashboard {\n      countsByStatus {\n        status\n        count\n        countIsExact\n      }\n      onHoldCount\n      myInProgressCount\n      myInProgress {\n        id\n        number\n        submittedAt\n        patient {\n          firstName\n          lastName\n        }\n      }\n      oldestWaiting {\n        id\n        number\n        submittedAt\n        caisse {\n          number\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query PaymentCaisses {\n    caisses(activeOnly: false) {\n      id\n      number\n      name\n    }\n  }\n": types.PaymentCaissesDocument,
    "\n  query ExportPayments($caisseId: ID!) {\n    exportPayments(caisseId: $caisseId)\n  }\n": types.ExportPaymentsDocument,
    "\n  mutation ImportPayments($csv: String!) {\n    importPayments(csv: $csv) {\n      importedCount\n      errorCount\n      lines {\n        line\n        claimNumber\n        ok\n        errors {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.ImportPaymentsDocument,
    "\n  query ClaimPayment($id: ID!) {\n    claim(id: $id) {\n      id\n      review {\n        payment {\n          mandateDate\n          baseCents\n          amountCents\n          shift\n          finess\n          adeli\n        }\n      }\n    }\n  }\n": types.ClaimPaymentDocument,
    "\n  query ClaimQueue($filter: ClaimFilter, $first: Int, $after: String) {\n    claims(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          onHold\n          version\n          submittedAt\n          conflictsKept\n          caisse {\n            id\n            number\n          }\n          patient {\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": types.ClaimQueueDocument,
    "\n  mutation ValidateClaims($claims: [ClaimVersionInput!]!) {\n    validateClaims(claims: $claims) {\n      validatedCount\n      outcomes {\n        id\n        ok\n        code\n        message\n      }\n    }\n  }\n": types.ValidateClaimsDocument,
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
export function graphql(source: "\n  query AgentAccounts($caisseId: ID, $includeInactive: Boolean, $first: Int, $after: String) {\n    agents(caisseId: $caisseId, includeInactive: $includeInactive, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          roles\n          active\n          passwordSet\n          lastLoginAt\n          version\n          caisses {\n            id\n            number\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    caisses {\n      id\n      number\n      name\n    }\n  }\n"): (typeof documents)["\n  query AgentAccounts($caisseId: ID, $includeInactive: Boolean, $first: Int, $after: String) {\n    agents(caisseId: $caisseId, includeInactive: $includeInactive, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          roles\n          active\n          passwordSet\n          lastLoginAt\n          version\n          caisses {\n            id\n            number\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    caisses {\n      id\n      number\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($id: ID!, $version: Int, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgent($id: ID!, $version: Int, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgent($id: ID!) {\n    deactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAgent($id: ID!) {\n    deactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateAgent($id: ID!) {\n    reactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateAgent($id: ID!) {\n    reactivateAgent(id: $id) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSetPasswordLink($id: ID!) {\n    sendSetPasswordLink(id: $id)\n  }\n"): (typeof documents)["\n  mutation SendSetPasswordLink($id: ID!) {\n    sendSetPasswordLink(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimDetail($id: ID!) {\n    claim(id: $id) {\n      id\n      number\n      status\n      onHold\n      version\n      submittedAt\n      caisse {\n        id\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n        birthDate\n        nir\n        email\n        phone\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        contentType\n        sizeBytes\n      }\n      conflictsKept\n      conflictsFixed\n      review {\n        holdReason\n        assignedToMe\n        assignedAgent {\n          email\n        }\n        original {\n          nir\n          birthDate\n          firstName\n          lastName\n          email\n          phone\n          distanceKm\n        }\n        amounts {\n          taxiReferenceCents\n          reimbursementBaseCents\n          generalRatePercent\n          amountAtGeneralRateCents\n          amountAtFullRateCents\n        }\n        relatedClaims {\n          id\n          number\n          status\n          sharedDates\n        }\n        timeline {\n          at\n          type\n          actorType\n          actorEmail\n          before\n          after\n          emailSent\n        }\n        validationEmailPreview {\n          subject\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimDetail($id: ID!) {\n    claim(id: $id) {\n      id\n      number\n      status\n      onHold\n      version\n      submittedAt\n      caisse {\n        id\n        number\n        name\n      }\n      patient {\n        firstName\n        lastName\n        birthDate\n        nir\n        email\n        phone\n      }\n      prescriptionKind\n      trips {\n        outboundDate\n        returnDate\n      }\n      distanceKm\n      tollsCents\n      parkingCents\n      publicTransportCents\n      attachments {\n        id\n        kind\n        fileName\n        contentType\n        sizeBytes\n      }\n      conflictsKept\n      conflictsFixed\n      review {\n        holdReason\n        assignedToMe\n        assignedAgent {\n          email\n        }\n        original {\n          nir\n          birthDate\n          firstName\n          lastName\n          email\n          phone\n          distanceKm\n        }\n        amounts {\n          taxiReferenceCents\n          reimbursementBaseCents\n          generalRatePercent\n          amountAtGeneralRateCents\n          amountAtFullRateCents\n        }\n        relatedClaims {\n          id\n          number\n          status\n          sharedDates\n        }\n        timeline {\n          at\n          type\n          actorType\n          actorEmail\n          before\n          after\n          emailSent\n        }\n        validationEmailPreview {\n          subject\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeClaim($id: ID!, $version: Int!) {\n    takeClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TakeClaim($id: ID!, $version: Int!) {\n    takeClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateClaim($id: ID!, $version: Int!) {\n    validateClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ValidateClaim($id: ID!, $version: Int!) {\n    validateClaim(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectClaim(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    rejectClaim(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RejectClaim(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    rejectClaim(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClaimOnHold($id: ID!, $version: Int!, $reason: String!) {\n    setClaimOnHold(id: $id, version: $version, reason: $reason) {\n      id\n      onHold\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetClaimOnHold($id: ID!, $version: Int!, $reason: String!) {\n    setClaimOnHold(id: $id, version: $version, reason: $reason) {\n      id\n      onHold\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseClaimHold($id: ID!, $version: Int!) {\n    releaseClaimHold(id: $id, version: $version) {\n      id\n      onHold\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseClaimHold($id: ID!, $version: Int!) {\n    releaseClaimHold(id: $id, version: $version) {\n      id\n      onHold\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactPatient(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    contactPatient(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ContactPatient(\n    $id: ID!\n    $version: Int!\n    $templateId: ID!\n    $subject: String\n    $body: String\n  ) {\n    contactPatient(\n      id: $id\n      version: $version\n      templateId: $templateId\n      subject: $subject\n      body: $body\n    ) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      changedFields\n      notices\n      claim {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      changedFields\n      notices\n      claim {\n        id\n        version\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      countsByStatus {\n        status\n        count\n        countIsExact\n      }\n      onHoldCount\n      myInProgressCount\n      myInProgress {\n        id\n        number\n        submittedAt\n        patient {\n          firstName\n          lastName\n        }\n      }\n      oldestWaiting {\n        id\n        number\n        submittedAt\n        caisse {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    dashboard {\n      countsByStatus {\n        status\n        count\n        countIsExact\n      }\n      onHoldCount\n      myInProgressCount\n      myInProgress {\n        id\n        number\n        submittedAt\n        patient {\n          firstName\n          lastName\n        }\n      }\n      oldestWaiting {\n        id\n        number\n        submittedAt\n        caisse {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentCaisses {\n    caisses(activeOnly: false) {\n      id\n      number\n      name\n    }\n  }\n"): (typeof documents)["\n  query PaymentCaisses {\n    caisses(activeOnly: false) {\n      id\n      number\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPayments($caisseId: ID!) {\n    exportPayments(caisseId: $caisseId)\n  }\n"): (typeof documents)["\n  query ExportPayments($caisseId: ID!) {\n    exportPayments(caisseId: $caisseId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPayments($csv: String!) {\n    importPayments(csv: $csv) {\n      importedCount\n      errorCount\n      lines {\n        line\n        claimNumber\n        ok\n        errors {\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPayments($csv: String!) {\n    importPayments(csv: $csv) {\n      importedCount\n      errorCount\n      lines {\n        line\n        claimNumber\n        ok\n        errors {\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimPayment($id: ID!) {\n    claim(id: $id) {\n      id\n      review {\n        payment {\n          mandateDate\n          baseCents\n          amountCents\n          shift\n          finess\n          adeli\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimPayment($id: ID!) {\n    claim(id: $id) {\n      id\n      review {\n        payment {\n          mandateDate\n          baseCents\n          amountCents\n          shift\n          finess\n          adeli\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimQueue($filter: ClaimFilter, $first: Int, $after: String) {\n    claims(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          onHold\n          version\n          submittedAt\n          conflictsKept\n          caisse {\n            id\n            number\n          }\n          patient {\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimQueue($filter: ClaimFilter, $first: Int, $after: String) {\n    claims(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          onHold\n          version\n          submittedAt\n          conflictsKept\n          caisse {\n            id\n            number\n          }\n          patient {\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateClaims($claims: [ClaimVersionInput!]!) {\n    validateClaims(claims: $claims) {\n      validatedCount\n      outcomes {\n        id\n        ok\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ValidateClaims($claims: [ClaimVersionInput!]!) {\n    validateClaims(claims: $claims) {\n      validatedCount\n      outcomes {\n        id\n        ok\n        code\n        message\n      }\n    }\n  }\n"];
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