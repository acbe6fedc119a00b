// Production and development HTTP server: Express in front of React Router's request handler.
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express from "express";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const maxBodyBytes = Number(process.env.MAX_BODY_BYTES ?? 1_000_000);
const trustProxy = process.env.TRUST_PROXY === "1";
// Plan uploads may be up to 20 MB; the app answers a larger file (up to this) with a message in the user's language.
const importBodyBytes = Math.max(maxBodyBytes, 30 * 1024 * 1024);
const isImportUpload = (req) => req.method === "POST" && /^\/import(\.data)?$/.test(req.path);

const app = express();
app.disable("x-powered-by");
app.use(compression());

app.use((req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  next();
});

function tooLarge(req, res) {
  res.status(413);
  if (req.path.startsWith("/api/")) {
    res.json({ error: { code: "payload_too_large", message: "Forespørselen er for stor." } });
  } else {
    res.type("text/plain; charset=utf-8").send("Forespørselen er for stor (413 Payload Too Large).");
  }
}

// The client address for login rate limiting: X-Forwarded-For only behind a trusted proxy, else the socket.
// Whatever a client sends in X-Retning-Client is overwritten.
app.use((req, res, next) => {
  const forwarded = trustProxy
    ? String(req.headers["x-forwarded-for"] ?? "")
        .split(",")[0]
        .trim()
    : "";
  req.headers["x-retning-client"] = forwarded || req.socket.remoteAddress || "unknown";
  next();
});

// Reject oversized bodies before anything reads them: by the declared length, or while streaming.
app.use((req, res, next) => {
  const limit = isImportUpload(req) ? importBodyBytes : maxBodyBytes;
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume();
    tooLarge(req, res);
    return;
  }
  if (req.headers["transfer-encoding"]) {
    let received = 0;
    req.on("data", (chunk) => {
      received += chunk.length;
      if (received > limit && !res.headersSent) {
        res.setHeader("Connection", "close");
        tooLarge(req, res);
        res.once("finish", () => req.destroy());
      }
    });
  }
  next();
});

// A start-up refusal the app explains itself (another process holds the PGlite data directory) is printed without a
// stack trace; anything else stays an uncaught error.
async function startApp(entry) {
  try {
    await entry.startup();
  } catch (error) {
    if (error?.name !== "AppError") throw error;
    console.error(error.message);
    process.exit(1);
  }
}

let build;
let serverBuild;
if (dev) {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ server: { middlewareMode: true } });
  app.use(viteServer.middlewares);
  build = () => viteServer.ssrLoadModule("virtual:react-router/server-build");
  serverBuild = await build();
  await startApp(serverBuild.entry.module);
} else {
  build = await import("./build/server/index.js");
  serverBuild = build;
  await startApp(build.entry.module);
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
}

app.all("/{*splat}", createRequestHandler({ build }));

const server = app.listen(port, host, () => {
  console.info(`Retning is listening on http://localhost:${port}`);
});

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close(async () => {
    await serverBuild.entry.module.shutdown();
    process.exit(0);
  });
  server.closeAllConnections?.();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
