#!/usr/bin/env node
// Runs the compiled CLI (build/node, made by `npm run build:cli` / `npm install`). In a checkout without a build, or
// when a source file is newer than the build, it runs the TypeScript sources through ts-node instead.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const built = path.join(root, "build", "node", "src", "cli", "main.js");

function newestSourceTime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    return 0;
  }
  for (const entry of entries) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(p));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  if (!fs.existsSync(built)) return false;
  return newestSourceTime(path.join(root, "src")) <= fs.statSync(built).mtimeMs;
}

function loadCli() {
  if (buildIsCurrent()) return require(built);
  try {
    require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
  } catch (e) {
    if (fs.existsSync(built)) return require(built); // an older build beats none
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
