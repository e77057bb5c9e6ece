#!/usr/bin/env node
// Runs the compiled CLI (build/node, made by `npm run build:cli` / `npm install`); in a fresh checkout without a
// build it falls back to compiling the TypeScript sources on the fly with ts-node.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const built = path.join(root, "build", "node", "src", "cli", "main.js");

function loadCli() {
  if (fs.existsSync(built)) return require(built);
  try {
    require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
  } catch (e) {
    process.stderr.write("ziping：找不到编译后的程序（build/node），也无法加载 ts-node。请在项目目录运行 npm install 或 npm run build:cli。\n");
    process.exit(2);
  }
  return require(path.join(root, "src", "cli", "main.ts"));
}

// `ziping check … | head` closes the pipe early: stop quietly.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
  throw e;
});

loadCli()
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write("ziping：内部错误：" + (e && e.stack ? e.stack : String(e)) + "\n");
      process.exitCode = 2;
    },
  );
