import { defineMessages } from "../define";

export const dashboard = defineMessages({
  nb: {
    "dashboard.title": "dashboard",
  },
  nn: {
    "dashboard.title": "dashboard",
  },
});
