import type { Readable, Writable } from "node:stream";

/** Standard input as the CLI sees it: a terminal (raw mode available) or a pipe. */
export type PasswordInput = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

/**
 * Reads a password from standard input: typed at a terminal without echo (asked twice), or the
 * first line of a pipe (`printf '%s\n' "$PASSWORD" | npm run agent:create …`). Never from an
 * argument, which would land in the shell history and the process list.
 */
export async function readPassword(input: PasswordInput, output: Writable): Promise<string> {
  if (!input.isTTY || !input.setRawMode) return firstLine(input);
  const first = await readHidden(input, output, "Mot de passe : ");
  const again = await readHidden(input, output, "Confirmez le mot de passe : ");
  if (first !== again) throw new PasswordEntryError("Les deux saisies sont différentes.");
  return first;
}

export class PasswordEntryError extends Error {}

async function firstLine(input: Readable): Promise<string> {
  let text = "";
  for await (const chunk of input) {
    text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    if (text.includes("\n")) break;
  }
  return (text.split("\n")[0] ?? "").replace(/\r$/, "");
}

function readHidden(input: PasswordInput, output: Writable, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode?.(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (error?: Error) => {
      input.off("data", onData);
      input.setRawMode?.(false);
      input.pause();
      output.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return finish();
        if (char === "\u0003") return finish(new PasswordEntryError("Saisie interrompue."));
        if (char === "\u007f" || char === "\b") typed = [...typed].slice(0, -1).join("");
        else typed += char;
      }
    };
    input.on("data", onData);
  });
}
