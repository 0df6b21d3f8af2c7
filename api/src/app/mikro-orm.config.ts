import "reflect-metadata";
import { ormOptions } from "../db/mikro-orm.config";
import { entities } from "./entities";

// Read by the MikroORM CLI only (`npm run migration:create -w api`).
export default ormOptions(
  process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/mrs",
  entities,
);
