#!/usr/bin/env node
// `npm run validate [-- path/to/manifest.xml]`: offline structural check of the add-in manifest.
// (office-addin-manifest validate needs Microsoft's online service, which intranet machines cannot reach.)
// The checks live in src/manifest/validate.ts, shared with the jest tests. Exit 1 when there are errors.
"use strict";
const path = require("path");

const root = path.resolve(__dirname, "..");
require("ts-node").register({ project: path.join(root, "tsconfig.json"), transpileOnly: true });
const { validateManifestFile, formatIssues } = require("../src/manifest/validate");

const manifest = path.resolve(process.argv[2] || path.join(root, "manifest.xml"));
const label = path.relative(process.cwd(), manifest) || manifest;
let result;
try {
  result = validateManifestFile(manifest, root);
} catch (e) {
  console.error(`无法检查 ${label}：${e && e.message ? e.message : e}`);
  process.exit(1);
}
for (const line of formatIssues(result, label)) (line.indexOf(": 错误：") >= 0 ? console.error : console.log)(line);
if (result.ok) {
  console.log(`${label} 检查通过（离线结构检查）${result.warnings.length ? `，有 ${result.warnings.length} 个警告` : ""}。`);
} else {
  console.error(`${label} 检查未通过：${result.errors.length} 个错误${result.warnings.length ? `、${result.warnings.length} 个警告` : ""}。`);
  process.exit(1);
}
