import type { Writable } from "node:stream";
import { Command, CommanderError } from "commander";
import { Caisse } from "../../caisses/caisse.entity";
import { seedCaisses } from "../../caisses/seed-caisses";
import { ConfigError, parseConfig } from "../../config/config";
import { migrate, openDatabase } from "../../db/orm";
import { DomainError } from "../../graphql/errors";
import { entities } from "../../app/entities";
import { hashPassword, passwordProblem } from "../passwords";
import { saveAgent } from "../save-agent";
import { PasswordEntryError, readPassword, type PasswordInput } from "./read-password";

export interface CommandIo {
  stdin: PasswordInput;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

interface CreateAgentOptions {
  email: string;
  caisse: string[];
  role: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * `agent:create`: creates an agent, or updates the one with that e-mail (roles and caisses
 * replaced, password reset, account reactivated). How an operator bootstraps the first
 * national administrator. Returns the exit code.
 */
export async function runCreateAgent(argv: string[], io: CommandIo): Promise<number> {
  const program = new Command("agent:create")
    .description(
      "Crée ou met à jour un compte agent ; le mot de passe est lu sur l'entrée standard.",
    )
    .requiredOption("--email <adresse>", "adresse électronique de connexion")
    .option("--caisse <numéro>", "caisse de l'agent (répétable)", collect, [])
    .option(
      "--role <rôle>",
      "AGENT, SUPERVISOR, LOCAL_ADMIN ou NATIONAL_ADMIN (répétable)",
      collect,
      [],
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  let options: CreateAgentOptions;
  try {
    options = program.parse(argv, { from: "user" }).opts<CreateAgentOptions>();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }

  let config;
  try {
    config = parseConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (!config.DATABASE_URL) {
    io.stderr.write("DATABASE_URL est requis (adresse de la base PostgreSQL).\n");
    return 2;
  }

  let password: string;
  try {
    password = await readPassword(io.stdin, io.stderr);
  } catch (error) {
    if (error instanceof PasswordEntryError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const problem = passwordProblem(password, options.email);
  if (problem) {
    io.stderr.write(`${problem}\n`);
    return 1;
  }

  const orm = await openDatabase(config.DATABASE_URL, entities, 1);
  try {
    // A fresh database works too: this is how the very first account gets created.
    await migrate(orm);
    await seedCaisses(orm.em.fork());
    const { agent, created } = await saveAgent(orm.em.fork(), {
      email: options.email,
      roles: options.role,
      caisseNumbers: options.caisse,
      passwordHash: await hashPassword(password),
    });
    const numbers = agent.caisses
      .getItems()
      .map((c: Caisse) => c.number)
      .sort();
    io.stdout.write(
      `${created ? "Agent créé" : "Agent mis à jour"} : ${agent.id} ` +
        `(rôles ${agent.roles.join(", ")}; caisses ${numbers.join(", ") || "aucune"}).\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await orm.close(true);
  }
}
