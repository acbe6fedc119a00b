import { DEMO_PASSWORD, loadDemoData } from "~/domains/demo/index.server";
import { getMunicipalityByCode, listMembers } from "~/domains/tenancy/index.server";
import { CliError, type Command } from "../command";

const DEMO_CODE = "3401";

export const demoLoad: Command = {
  name: "demo:load",
  description: `Load the demo municipality (${DEMO_CODE}) and its users; refuses when ${DEMO_CODE} exists.`,
  options: {},
  async run() {
    if (await getMunicipalityByCode({ code: DEMO_CODE })) {
      throw new CliError(`Municipality ${DEMO_CODE} already exists; the demo data was not loaded.`, "conflict");
    }
    const municipality = await loadDemoData();
    const members = await listMembers({ municipalityId: municipality.id });
    const users = members.map((m) => ({ email: m.email, name: m.name, role: m.role }));
    return {
      text: [
        `Loaded the demo municipality ${municipality.name} (${municipality.code}). Logins (password ${DEMO_PASSWORD}):`,
        ...users.map((u) => `  ${u.email}  ${u.role}`),
      ].join("\n"),
      json: { municipality: { id: municipality.id, code: municipality.code, name: municipality.name }, users, password: DEMO_PASSWORD },
    };
  },
};
