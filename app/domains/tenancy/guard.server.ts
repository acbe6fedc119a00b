import type { AppContext, SessionUser } from "~/kit/context";
import { can, type Capability, type Role } from "~/kit/permissions";
import { isLang, type Lang } from "~/kit/i18n";
import { touchApiToken } from "~/domains/tenancy/mutations.server";
import { getApiTokenByValue, getMunicipalityById, listMembershipsForUser } from "~/domains/tenancy/queries.server";
import { languageCookie, municipalityCookie } from "~/kit/cookies.server";
import { AppError } from "~/kit/errors";
import { getSessionUser } from "./login.server";

export async function getPreferredLanguage(request: Request): Promise<Lang | null> {
  const value: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  return isLang(value) ? value : null;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser({ request });
  if (!user) throw new AppError("unauthorized");
  return user;
}

function assertCapability(role: Role, capability: Capability | undefined) {
  if (capability && !can(role, capability)) throw new AppError("forbidden");
}

async function resolveContext(request: Request): Promise<AppContext> {
  const user = await requireUser(request);
  const memberships = await listMembershipsForUser({ userId: user.id });
  if (memberships.length === 0) throw new AppError("forbidden");
  const chosen: unknown = await municipalityCookie.parse(request.headers.get("Cookie"));
  const active = memberships.find((m) => m.code === chosen) ?? memberships[0];
  const preferred = await getPreferredLanguage(request);
  return {
    user,
    municipality: { id: active.municipalityId, code: active.code, name: active.name, language: active.language },
    principal: { role: active.role, userId: user.id, sectorIds: active.sectorIds },
    memberships: memberships.map((m) => ({ code: m.code, name: m.name, role: m.role })),
    lang: preferred ?? active.language,
    actorLabel: null,
  };
}

// The root loader and the route's own loader resolve the context for the same request; do it once.
const resolved = new WeakMap<Request, Promise<AppContext>>();

/** Resolves the signed-in user, the active municipality and the user's role there; with `capability`, 403 unless the role has it. */
export async function requireContext(request: Request, options: { capability?: Capability } = {}): Promise<AppContext> {
  let pending = resolved.get(request);
  if (!pending) {
    pending = resolveContext(request);
    resolved.set(request, pending);
  }
  const context = await pending;
  assertCapability(context.principal.role, options.capability);
  return context;
}

/** For the JSON API: a Bearer token, or else the session cookie. */
export async function requireApiContext(request: Request, options: { capability?: Capability } = {}): Promise<AppContext> {
  const header = request.headers.get("Authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const token = match ? await getApiTokenByValue({ token: match[1] }) : null;
    if (!token) throw new AppError("unauthorized");
    const found = await getMunicipalityById({ id: token.municipalityId });
    if (!found) throw new AppError("unauthorized");
    assertCapability(token.role, options.capability);
    await touchApiToken({ municipalityId: token.municipalityId, id: token.id });
    return {
      user: null,
      municipality: { id: found.id, code: found.code, name: found.name, language: found.language },
      principal: { role: token.role, userId: null, sectorIds: [] },
      memberships: [{ code: found.code, name: found.name, role: token.role }],
      lang: found.language,
      actorLabel: `API: ${token.name}`,
    };
  }
  return requireContext(request, options);
}
