#!/usr/bin/env node
// `npm start`: where desktop Excel runs (Windows, macOS), build and sideload the add-in with office-addin-debugging;
// elsewhere hand over to the browser playground. office-addin-debugging exits 0 on Linux without doing anything,
// so it is never called there.
const { spawnSync } = require("child_process");
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
} else {
  run(process.execPath, [path.join(root, "scripts", "playground.js")].concat(process.argv.slice(2)));
}
