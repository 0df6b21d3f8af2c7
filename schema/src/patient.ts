// Typed GraphQL documents and types of the patient site.
export * from "./generated/patient";
export * from "./generated/patient/graphql";
