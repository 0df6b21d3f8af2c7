import path from "node:path";

/**
 * The repository root is two levels above api/test; the shared folder sits beside the
 * repository (`<repo>/../shared`), whichever checkout the tests run in.
 */
const REPO_ROOT = path.resolve(__dirname, "../..");

export function sharedFixture(...parts: string[]): string {
  return path.join(REPO_ROOT, "..", "shared", "fixtures", ...parts);
}
