import { Caisse } from "../caisses/caisse.entity";

/** Every entity the ORM knows. Features add theirs here. */
export const entities = [Caisse];
