// The tenancy domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { SESSION_COOKIE_PREFIX } from "./auth.server";
export { user } from "./db.auth";
export { municipality, type Role, sector } from "./db";
export { addMember, createApiToken, createMunicipality } from "./mutations.server";
export {
  countMunicipalities,
  getApiTokenByValue,
  getMunicipalityByCode,
  getUserByEmail,
  listApiTokens,
  listMembers,
  listMembershipsForUser,
  listSectors,
} from "./queries.server";
export { roleSchema } from "./schema";
export { membership } from "./db";
export { getPreferredLanguage, requireApiContext, requireContext } from "./guard.server";
