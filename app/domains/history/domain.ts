import { defineDomain } from "../../kit/domain";

/** The change history (change_log): who changed which field of which entity, when. */
export const historyDomain = defineDomain({ name: "history", messages: [] });
