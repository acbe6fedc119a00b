// Production and development HTTP server: Express in front of React Router's request handler.
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express from "express";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const maxBodyBytes = Number(process.env.MAX_BODY_BYTES ?? 1_000_000);

const app = express();
app.disable("x-powered-by");
app.use(compression());

app.use((req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  next();
});

// Reject oversized bodies before anything reads them: by the declared length, or while streaming.
app.use((req, res, next) => {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBodyBytes) {
    req.resume();
    res.status(413).type("text/plain; charset=utf-8").send("Payload Too Large");
    return;
  }
  if (req.headers["transfer-encoding"]) {
    let received = 0;
    req.on("data", (chunk) => {
      received += chunk.length;
      if (received > maxBodyBytes && !res.headersSent) {
        res.status(413).type("text/plain; charset=utf-8").send("Payload Too Large");
        req.destroy();
      }
    });
  }
  next();
});

let build;
if (dev) {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ server: { middlewareMode: true } });
  app.use(viteServer.middlewares);
  build = () => viteServer.ssrLoadModule("virtual:react-router/server-build");
  const initial = await build();
  await initial.entry.module.startup();
} else {
  build = await import("./build/server/index.js");
  await build.entry.module.startup();
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
}

app.all("/{*splat}", createRequestHandler({ build }));

const server = app.listen(port, host, () => {
  console.info(`Retning is listening on http://localhost:${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
