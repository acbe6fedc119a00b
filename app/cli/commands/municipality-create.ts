import { createMunicipality } from "~/domains/tenancy/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { CliError, type Command, optionalString, requiredString, stringList } from "../command";

/** "Helse og omsorg:HO" → { name: "Helse og omsorg", codePrefix: "HO" }; the prefix follows the last colon. */
export function parseSectorOption(value: string): { name: string; codePrefix: string } {
  const colon = value.lastIndexOf(":");
  const name = colon > 0 ? value.slice(0, colon).trim() : "";
  const codePrefix = colon > 0 ? value.slice(colon + 1).trim() : "";
  if (!name || !codePrefix) {
    throw new CliError(`Invalid --sector "${value}": write it as "<name>:<code prefix>", e.g. --sector "Helse og omsorg:HO".`);
  }
  return { name, codePrefix };
}

export const municipalityCreate: Command = {
  name: "municipality:create",
  description: "Create a municipality, optionally with sectors.",
  options: {
    code: { type: "string", required: true, valueName: "<kommunenummer>", description: "Four-digit municipality number." },
    name: { type: "string", required: true, valueName: "<name>", description: "Name of the municipality." },
    language: { type: "string", valueName: "nb|nn", description: "Language form of the UI (default nb)." },
    sector: { type: "string", multiple: true, valueName: "<name>:<prefix>", description: "A sector and its measure code prefix." },
  },
  examples: ['npm run cli -- municipality:create --code 3401 --name "Kongsvinger" --language nb --sector "Helse og omsorg:HO" --sector "Oppvekst:O"'],
  async run({ options }) {
    const language = optionalString(options, "language");
    if (language !== undefined && language !== "nb" && language !== "nn") {
      throw new CliError(`Invalid --language "${language}": use nb or nn.`);
    }
    const sectors = stringList(options, "sector").map(parseSectorOption);
    const row = await createMunicipality({
      code: requiredString(options, "code"),
      name: requiredString(options, "name"),
      language,
      sectors,
    });
    const created = await listSectors({ municipalityId: row.id });
    const municipality = {
      id: row.id,
      code: row.code,
      name: row.name,
      language: row.language,
      sectors: created.map((s) => ({ id: s.id, name: s.name, codePrefix: s.codePrefix })),
    };
    const sectorText = municipality.sectors.length > 0 ? ` and sectors ${municipality.sectors.map((s) => `${s.name} (${s.codePrefix})`).join(", ")}` : "";
    return {
      text: `Created municipality ${row.name} (${row.code}), language ${row.language}${sectorText}.`,
      json: { municipality },
    };
  },
};
