import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("PaymentLineError", { description: "Une erreur d'une ligne du fichier importé." })
export class PaymentLineErrorType {
  @Field({
    description:
      "MALFORMED_LINE, UNKNOWN_CLAIM, OTHER_CAISSE, NOT_VALIDATED, ALREADY_PAID, " +
      "DUPLICATE_LINE, INVALID_DATE, INVALID_AMOUNT, INVALID_SHIFT, INVALID_FINESS, INVALID_ADELI.",
  })
  code!: string;

  @Field({ description: "Message en français." })
  message!: string;

  @Field(() => String, { nullable: true, description: "Colonne en cause, s'il y en a une." })
  column!: string | null;
}

@ObjectType("PaymentLineResult", { description: "Résultat de l'import d'une ligne." })
export class PaymentLineResultType {
  @Field(() => Int, { description: "Numéro de la ligne dans le fichier (l'en-tête est la 1)." })
  line!: number;

  @Field(() => String, { nullable: true, description: "Numéro de demande lu sur la ligne." })
  claimNumber!: string | null;

  @Field({ description: "Vrai si la ligne a été enregistrée." })
  ok!: boolean;

  @Field(() => [PaymentLineErrorType], { description: "Erreurs ; vide si enregistrée." })
  errors!: PaymentLineErrorType[];
}

@ObjectType("ImportPaymentsPayload", {
  description: "Résultat d'un import : chaque ligne est enregistrée entièrement ou pas du tout.",
})
export class ImportPaymentsPayload {
  @Field(() => [PaymentLineResultType], { description: "Une entrée par ligne de données." })
  lines!: PaymentLineResultType[];

  @Field(() => Int, { description: "Lignes enregistrées." })
  importedCount!: number;

  @Field(() => Int, { description: "Lignes refusées." })
  errorCount!: number;
}
