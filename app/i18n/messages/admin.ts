import { defineMessages } from "../define";

export const admin = defineMessages({
  nb: {
    "admin.title": "admin",
  },
  nn: {
    "admin.title": "admin",
  },
});
