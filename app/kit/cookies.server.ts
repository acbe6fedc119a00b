import { createCookie } from "react-router";

const base = { path: "/", sameSite: "lax" as const, httpOnly: true, secure: false };

export const languageCookie = createCookie("retning_lang", { ...base, maxAge: 60 * 60 * 24 * 365 });
export const municipalityCookie = createCookie("retning_municipality", { ...base, maxAge: 60 * 60 * 24 * 365 });
export const csrfCookie = createCookie("retning_csrf", base);
