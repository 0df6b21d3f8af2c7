// Typed GraphQL documents and types of the patient site.
export * from "./generated/patient";
