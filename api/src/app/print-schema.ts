import "reflect-metadata";
import { readFileSync } from "node:fs";
import { printSortedSchema } from "../graphql/build-schema";
import { platformSchema } from "./schema";

/**
 * Prints the SDL the code emits. With `--check FILE`, fails when FILE differs, so that a
 * schema change can never land without its committed SDL (and its diff in review).
 */
async function main(): Promise<void> {
  const sdl = printSortedSchema(await platformSchema());
  const checkIndex = process.argv.indexOf("--check");
  if (checkIndex === -1) {
    process.stdout.write(sdl);
    return;
  }
  const file = process.argv[checkIndex + 1] ?? "../schema/schema.graphql";
  const committed = readFileSync(file, "utf8");
  if (committed !== sdl) {
    console.error(
      `${file} differs from the schema the code emits. Run \`npm run build -w api\` and commit it.`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`${file} matches the schema the code emits.`);
}

void main();
