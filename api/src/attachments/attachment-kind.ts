/** What a document proves: the prescription, or a receipt of one transport mode. */
export enum AttachmentKind {
  PRESCRIPTION = "PRESCRIPTION",
  VP_RECEIPT = "VP_RECEIPT",
  ATP_RECEIPT = "ATP_RECEIPT",
}
