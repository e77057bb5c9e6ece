#!/usr/bin/env node
// `npm start`: where desktop Excel runs (Windows, macOS), build and sideload the add-in with office-addin-debugging;
// elsewhere hand over to the browser playground. office-addin-debugging exits 0 on Linux without doing anything,
// so it is never called there.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status || 1);
}

function debuggingCli() {
  try {
    return require.resolve("office-addin-debugging/cli.js", { paths: [root] });
  } catch (e) {
    return undefined;
  }
}

if (hasDesktopExcel) {
  const cli = debuggingCli();
  if (!cli) {
    console.error(
      "没有安装 office-addin-debugging（可选依赖，安装失败时会被跳过），无法自动旁加载。\n" +
        "请按 README“旁加载到 Excel”一节手动旁加载 manifest.xml，再运行：npm run build && node scripts/serve.js dist --https",
    );
    process.exit(1);
  }
  run("npm", ["run", "build"]);
  run(process.execPath, [cli, "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", `"${process.execPath}" scripts/serve.js dist --https`, "--dev-server-port", "3000"]);
} else if (fs.existsSync(path.join(root, "scripts", "playground.js"))) {
  run(process.execPath, [path.join(root, "scripts", "playground.js")].concat(process.argv.slice(2)));
} else {
  console.log("自评表助手：本机没有桌面版 Excel，浏览器试用页（playground）尚在开发中。");
  console.log("现在可以用命令行检查自评表：npx ziping check <文件.xlsx|文件夹>");
  console.log("下面检查随附的样例表 examples/ziyang-jiyao-2022.xlsx：\n");
  const result = spawnSync(process.execPath, [path.join(root, "bin", "ziping.js"), "check", path.join(root, "examples", "ziyang-jiyao-2022.xlsx")], { stdio: "inherit" });
  // The sample has errors on purpose; checking it is what this shows.
  process.exit(result.status === 0 || result.status === 1 ? 0 : result.status || 1);
}
