import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Attachment } from "./attachment.entity";
import { AttachmentKind } from "./attachment-kind";

registerEnumType(AttachmentKind, {
  name: "AttachmentKind",
  description: "Nature d'un document joint.",
  valuesConfig: {
    PRESCRIPTION: { description: "Prescription médicale de transport (ou convocation)." },
    VP_RECEIPT: { description: "Justificatif de péage ou de stationnement (véhicule personnel)." },
    ATP_RECEIPT: { description: "Titre de transport en commun." },
  },
});

@ObjectType("Attachment", { description: "Document joint à une demande." })
export class AttachmentType {
  @Field(() => ID, { description: "Identifiant du document." })
  id!: string;

  @Field(() => AttachmentKind, { description: "Nature du document." })
  kind!: AttachmentKind;

  @Field({ description: "Nom du fichier envoyé par le patient." })
  fileName!: string;

  @Field({
    description: "Type détecté à partir du contenu : image/jpeg, image/png ou application/pdf.",
  })
  contentType!: string;

  @Field(() => Int, { description: "Taille du fichier conservé, en octets." })
  sizeBytes!: number;

  static from(
    entity: Pick<Attachment, "id" | "kind" | "fileName" | "contentType" | "sizeBytes">,
  ): AttachmentType {
    return Object.assign(new AttachmentType(), {
      id: entity.id,
      kind: entity.kind,
      fileName: entity.fileName,
      contentType: entity.contentType,
      sizeBytes: entity.sizeBytes,
    });
  }
}
