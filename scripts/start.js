#!/usr/bin/env node
// `npm start`: sideload into desktop Excel where it exists; elsewhere say plainly what works on this machine.
// (office-addin-debugging exits 0 on Linux without doing anything, so we never rely on it there.)
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const sample = path.join(root, "examples", "ziyang-jiyao-2022.xlsx");
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

if (hasDesktopExcel) {
  console.log("自评表助手：Excel 加载项的旁加载尚在开发中（见 issue 3）。");
} else {
  console.log("自评表助手：本机没有 Excel，浏览器试用页（playground）尚在开发中。");
}
console.log("现在可以用命令行检查自评表：npx ziping check <文件.xlsx|文件夹>");
console.log("下面检查随附的样例表 examples/ziyang-jiyao-2022.xlsx：\n");
const result = spawnSync(process.execPath, [path.join(root, "bin", "ziping.js"), "check", sample], { stdio: "inherit" });
// The sample has errors on purpose; checking it successfully is what `npm start` shows.
process.exit(result.status === 0 || result.status === 1 ? 0 : result.status || 1);
