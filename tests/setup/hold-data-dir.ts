// A process that opens the database as the server does (start-up on DATA_DIR) and holds it until SIGTERM, when it
// shuts down the same way. Used by the CLI's process test; prints "ready" once the database is open.
import { shutdown, startup } from "~/startup.server";

await startup({ loadDemo: false, log: () => {} });
process.on("SIGTERM", () => {
  void shutdown().then(() => process.exit(0));
});
setInterval(() => {}, 60_000);
process.stdout.write("ready\n");
