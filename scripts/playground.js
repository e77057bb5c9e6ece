#!/usr/bin/env node
// `npm run playground` (and `npm start` on Linux): builds the add-in and the browser playground into dist-playground/,
// then serves it on http://localhost:3000/ (`--port N` or PORT=N). No Excel and no certificates needed.
//   --no-build   serve what dist-playground/ already holds      --out DIR   build into / serve DIR instead
const path = require("path");
const { buildPlayground } = require("./build-playground");
const { serve } = require("./serve");

function parseArgs(argv) {
  const options = { port: Number(process.env.PORT) || 3000, out: path.resolve(__dirname, "..", "dist-playground"), build: true, mode: "production" };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") options.port = Number(argv[++i]);
    else if (argv[i] === "--out") options.out = path.resolve(argv[++i]);
    else if (argv[i] === "--no-build") options.build = false;
    else if (argv[i] === "--dev") options.mode = "development";
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) await buildPlayground({ out: options.out, mode: options.mode, log: (m) => console.log(m) });
  await serve({ dir: options.out, port: options.port });
  console.log("");
  console.log("自评表助手试用页：http://localhost:" + options.port + "/");
  console.log("（左边是工作簿，右边是与 Excel 中相同的任务窗格；Ctrl+C 停止）");
}

module.exports = { parseArgs };

if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.message ? e.message : e);
    if (e && e.code === "EADDRINUSE") console.error("端口已被占用，请用 --port 指定其他端口，例如：npm run playground -- --port 3001");
    process.exit(1);
  });
}
