#!/usr/bin/env node
// `npm stop`: undoes `npm start` — unregisters the sideloaded add-in and stops its server (Windows, macOS).
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
if (process.platform !== "win32" && process.platform !== "darwin") {
  console.log("本机没有旁加载任何加载项（没有桌面版 Excel），无需停止。试用页在运行它的终端按 Ctrl+C 停止。");
  process.exit(0);
}
let cli;
try {
  cli = require.resolve("office-addin-debugging/cli.js", { paths: [root] });
} catch (e) {
  console.error("没有安装 office-addin-debugging，无法自动取消旁加载；请在 Excel 的“加载项”中手动删除自评表助手。");
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
process.exit(result.status || 0);
