import { addMember, createMunicipality } from "~/modules/tenancy/mutations.server";

export const DEMO_PASSWORD = "demo-passord-2026";

export async function loadDemoData() {
  const municipality = await createMunicipality({
    code: "3401",
    name: "Demo kommune",
    language: "nb",
    sectors: [
      { name: "Tverrfaglig", codePrefix: "TF" },
      { name: "Plan og teknisk", codePrefix: "PT" },
      { name: "Oppvekst", codePrefix: "O" },
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "IKT", codePrefix: "IKT" },
    ],
  });
  for (const [email, name, role] of [
    ["admin@demo.retning.no", "Ada Admin", "admin"],
    ["koordinator@demo.retning.no", "Kari Koordinator", "coordinator"],
    ["bidragsyter@demo.retning.no", "Bjørn Bidragsyter", "contributor"],
    ["leser@demo.retning.no", "Lise Leser", "reader"],
  ] as const) {
    await addMember({ municipalityId: municipality.id, input: { email, name, role, password: DEMO_PASSWORD } });
  }
  return municipality;
}
