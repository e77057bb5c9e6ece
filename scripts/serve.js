#!/usr/bin/env node
// Serves a built folder on localhost, nothing else: `node scripts/serve.js [dir] [--port 3000] [--https]`.
// --https uses the Office dev certificates (office-addin-dev-certs, installed with office-addin-debugging), which
// desktop Excel requires for sideloaded add-ins; the playground is plain http.
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json",
};

function parseArgs(argv) {
  const options = { dir: "dist", port: Number(process.env.PORT) || 3000, https: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") options.port = Number(argv[++i]);
    else if (argv[i] === "--https") options.https = true;
    else options.dir = argv[i];
  }
  return options;
}

function handler(root) {
  return (req, res) => {
    const url = decodeURIComponent((req.url || "/").split("?")[0]);
    const file = path.join(root, path.normalize(url).replace(/^([/\\])+/, ""));
    if (file.indexOf(root) !== 0) {
      res.writeHead(403).end();
      return;
    }
    let target = file;
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, "index.html");
    fs.readFile(target, (error, data) => {
      if (error) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("未找到：" + url);
        return;
      }
      res.writeHead(200, { "Content-Type": TYPES[path.extname(target).toLowerCase()] || "application/octet-stream", "Cache-Control": "no-store" });
      res.end(data);
    });
  };
}

async function serve(options) {
  const root = path.resolve(options.dir);
  if (!fs.existsSync(root)) throw new Error(`没有找到 ${root}，请先构建（npm run build）。`);
  let server;
  if (options.https) {
    let certs;
    try {
      certs = await require("office-addin-dev-certs").getHttpsServerOptions();
    } catch (e) {
      throw new Error("无法取得 Office 开发证书（office-addin-dev-certs）：" + (e && e.message ? e.message : e));
    }
    server = https.createServer(certs, handler(root));
  } else {
    server = http.createServer(handler(root));
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return server;
}

module.exports = { serve, parseArgs };

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  serve(options).then(
    () => console.log(`已在 ${options.https ? "https" : "http"}://localhost:${options.port}/ 提供 ${options.dir}（Ctrl+C 停止）`),
    (e) => {
      console.error(e.message || e);
      process.exit(1);
    },
  );
}
