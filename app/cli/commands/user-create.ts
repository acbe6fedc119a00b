import { z } from "zod";
import { addMember } from "~/domains/tenancy/index.server";
import { getMunicipalityByCode, getUserByEmail, listSectors } from "~/domains/tenancy/index.server";
import { roleSchema } from "~/domains/tenancy/index.server";
import { isSectorScoped } from "~/kit/permissions";
import { parseInput } from "~/kit/validation";
import { CLI_PRINCIPAL, CliError, type Command, optionalString, requiredString, stringList } from "../command";

export const userCreate: Command = {
  name: "user:create",
  description: "Give a person a role in a municipality, creating the login if the e-mail is new (password: first line on stdin).",
  options: {
    municipality: { type: "string", required: true, valueName: "<kommunenummer>", description: "The municipality's number." },
    email: { type: "string", required: true, valueName: "<email>", description: "E-mail address (the login)." },
    role: { type: "string", required: true, valueName: "admin|coordinator|contributor|reader", description: "Role in the municipality." },
    name: { type: "string", valueName: "<name>", description: "Full name for a new login (default: the part of the e-mail before @)." },
    sector: {
      type: "string",
      multiple: true,
      valueName: "<prefix>",
      description: "Limit a coordinator to the sector with this code prefix (default: all sectors).",
    },
  },
  examples: [
    "printf '%s\\n' 'et-langt-passord' | npm run cli -- user:create --municipality 3401 --email ada@kommune.no --role admin --name \"Ada Admin\"",
    "npm run cli -- user:create --municipality 3402 --email ada@kommune.no --role coordinator --sector HO   # existing login: no password",
  ],
  async run({ options, io }) {
    const code = requiredString(options, "municipality");
    const municipality = await getMunicipalityByCode({ code: code.trim() });
    if (!municipality) throw new CliError(`No municipality with number ${code}.`, "not_found");
    const email = requiredString(options, "email").trim().toLowerCase();
    // Checked before the password is read from stdin.
    const { role } = parseInput(z.object({ role: roleSchema }), { role: requiredString(options, "role") });

    const prefixes = stringList(options, "sector").map((p) => p.trim().toUpperCase());
    if (prefixes.length > 0 && !isSectorScoped(role)) throw new CliError("--sector only applies to --role coordinator.");
    const sectors = prefixes.length > 0 ? await listSectors({ municipalityId: municipality.id }) : [];
    const sectorIds = prefixes.map((prefix) => {
      const found = sectors.find((s) => s.codePrefix === prefix);
      if (!found) throw new CliError(`${municipality.name} has no sector with code prefix ${prefix}.`, "not_found");
      return found.id;
    });

    const existing = await getUserByEmail({ email });
    let password: string | undefined;
    if (!existing) {
      password = (await io.readLine(`Password for the new login ${email}: `)).replace(/\r$/, "");
      if (password === "") {
        throw new CliError(
          `${email} has no login yet: give its password as the first line on stdin, e.g. printf '%s\\n' '<password>' | npm run cli -- user:create ...`,
          "validation",
        );
      }
    }
    const name = optionalString(options, "name")?.trim() || existing?.name || email.split("@")[0];
    const row = await addMember({
      municipalityId: municipality.id,
      principal: CLI_PRINCIPAL,
      input: { email, name, role, sectorIds, password },
    });
    const user = (await getUserByEmail({ email }))!;
    return {
      text: existing
        ? `Added the existing login ${user.email} to ${municipality.name} (${municipality.code}) as ${row.role}.`
        : `Created the login ${user.email} (${user.name}) and added it to ${municipality.name} (${municipality.code}) as ${row.role}.`,
      json: {
        user: { id: user.id, email: user.email, name: user.name, created: !existing },
        membership: { id: row.id, municipality: municipality.code, role: row.role, sectorIds: row.sectorIds },
      },
    };
  },
};
