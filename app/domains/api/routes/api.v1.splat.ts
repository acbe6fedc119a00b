import { apiHandler } from "~/kit/api.server";
import { AppError } from "~/kit/errors";

/** Any other path under /api/v1: a JSON 404 rather than the HTML page. */
export const loader = apiHandler(async () => {
  throw new AppError("not_found");
});

export const action = loader;
