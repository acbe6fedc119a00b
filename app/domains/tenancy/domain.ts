import { defineDomain } from "../../kit/domain";
import { auth } from "./messages";
import { admin } from "./messages.admin";

/** Municipalities, people, memberships and roles, sign-in, API tokens and the admin screens. */
export const tenancyDomain = defineDomain({
  name: "tenancy",
  messages: [auth, admin],
  navigation: [
    { to: "/admin/users", labelKey: "nav.users", order: 90, capability: "admin.users" },
    { to: "/admin/settings", labelKey: "nav.settings", order: 91, capability: "admin.settings" },
  ],
});
