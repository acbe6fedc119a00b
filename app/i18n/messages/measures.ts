import { defineMessages } from "../define";

export const measures = defineMessages({
  nb: {
    "measures.title": "measures",
  },
  nn: {
    "measures.title": "measures",
  },
});
