#!/usr/bin/env node
// Rebuilds src/caisses/caisses.csv from the official list of départements
// (@etalab/decoupage-administratif). Run with `npm run caisses:generate -w api`, then review
// the diff: the committed file, not this script, is what the API seeds from.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const departements = require("@etalab/decoupage-administratif/data/departements.json");
const regions = require("@etalab/decoupage-administratif/data/regions.json");
const { version } = require("@etalab/decoupage-administratif/package.json");

// Caisses activated for the demonstration (Haute-Garonne, Paris, Rhône, Bouches-du-Rhône,
// Gironde, La Réunion).
const ACTIVE = new Set(["311", "751", "691", "131", "331", "974"]);

// INSEE "type de nom en clair" gives the article used after "de".
const LINK = { 0: "de ", 1: "d'", 2: "du ", 3: "de la ", 4: "des ", 5: "de l'" };

function caisseNumber(code) {
  if (code === "2A") return "201";
  if (code === "2B") return "202";
  return code.length === 3 ? code : `${code}1`;
}

function caisseKind(code) {
  if (["971", "972", "973", "974"].includes(code)) return "CGSS";
  if (code === "976") return "CSS";
  return "CPAM";
}

const regionName = new Map(regions.map((r) => [r.code, r.nom]));
const rows = departements
  .filter((d) => d.zone === "metro" || d.zone === "drom")
  .map((d) => {
    const number = caisseNumber(d.code);
    const name = `${caisseKind(d.code)} ${LINK[d.typeLiaison] ?? "de "}${d.nom}`;
    const region = regionName.get(d.region) ?? "";
    const active = ACTIVE.has(number) ? "1" : "0";
    return [
      number,
      `01${number}0000`,
      name,
      region,
      active,
      `transport.${number}@caisses.example.org`,
    ];
  })
  .sort((a, b) => a[0].localeCompare(b[0]));

const header = [
  "# Caisses (local health-insurance funds), one per département.",
  `# Provenance: built by api/scripts/generate-caisses.mjs from the official list of départements`,
  `# (npm package @etalab/decoupage-administratif ${version}). No official public list with caisse`,
  "# numbers exists: number = département code + 1 (311 for Haute-Garonne; 201 and 202 for",
  "# Corse-du-Sud and Haute-Corse; overseas départements keep their 3-digit code), code = 01 +",
  "# number + 0000. These numbers and codes MUST be confirmed with the national fund (CNAM)",
  "# before production. Mailboxes are placeholders on a reserved domain.",
  "number;code;name;region;active;processing_email",
];
const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, "../src/caisses/caisses.csv");
writeFileSync(target, [...header, ...rows.map((r) => r.join(";"))].join("\n") + "\n");
console.log(`${rows.length} caisses written to ${path.relative(process.cwd(), target)}`);
