import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");

test("`node bin/ziping.js --version` runs as a real process", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const out = execFileSync(process.execPath, [path.join(root, "bin", "ziping.js"), "--version"], { cwd: root, encoding: "utf8", timeout: 60000 });
  expect(out).toBe(pkg.version + "\n");
}, 60000);
