import { graphql } from "@mrs/schema/agent";

// Every caisse, for national administrators: their scope is all of them.
export const PaymentCaissesDocument = graphql(`
  query PaymentCaisses {
    caisses(activeOnly: false) {
      id
      number
      name
    }
  }
`);

export const ExportPaymentsDocument = graphql(`
  query ExportPayments($caisseId: ID!) {
    exportPayments(caisseId: $caisseId)
  }
`);

export const ImportPaymentsDocument = graphql(`
  mutation ImportPayments($csv: String!) {
    importPayments(csv: $csv) {
      importedCount
      errorCount
      lines {
        line
        claimNumber
        ok
        errors {
          code
          message
        }
      }
    }
  }
`);

export const ClaimPaymentDocument = graphql(`
  query ClaimPayment($id: ID!) {
    claim(id: $id) {
      id
      review {
        payment {
          mandateDate
          baseCents
          amountCents
          shift
          finess
          adeli
        }
      }
    }
  }
`);
