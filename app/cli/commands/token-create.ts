import type { Role } from "~/domains/tenancy/index.server";
import { createApiToken } from "~/domains/tenancy/index.server";
import { getMunicipalityByCode } from "~/domains/tenancy/index.server";
import { CLI_PRINCIPAL, CliError, type Command, optionalString, requiredString } from "../command";

export const tokenCreate: Command = {
  name: "token:create",
  description: "Create an API token for a municipality and print it once.",
  options: {
    municipality: { type: "string", required: true, valueName: "<kommunenummer>", description: "The municipality's number." },
    role: { type: "string", required: true, valueName: "reader|coordinator|admin", description: "What the token may do." },
    name: { type: "string", valueName: "<name>", description: 'What the token is for (default "CLI").' },
  },
  examples: ['npm run -s cli -- token:create --municipality 3401 --role reader --name "Power BI" --json   # -s: no npm banner on stdout'],
  async run({ options }) {
    const code = requiredString(options, "municipality");
    const municipality = await getMunicipalityByCode({ code: code.trim() });
    if (!municipality) throw new CliError(`No municipality with number ${code}.`, "not_found");
    const name = optionalString(options, "name") ?? "CLI";
    const role = requiredString(options, "role");
    // createApiToken validates the role (reader, coordinator or admin) and the name.
    const { token } = await createApiToken({ municipalityId: municipality.id, principal: CLI_PRINCIPAL, input: { name, role: role as Role } });
    return {
      text: [
        `Created the API token "${name.trim()}" (${role}) for ${municipality.name} (${municipality.code}).`,
        "It is shown only this once; store it safely:",
        token,
      ].join("\n"),
      json: { token },
    };
  },
};
