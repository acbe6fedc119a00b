import { defineMessages } from "../define";

export const plan = defineMessages({
  nb: {
    "plan.title": "plan",
  },
  nn: {
    "plan.title": "plan",
  },
});
