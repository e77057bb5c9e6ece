// The fake host runs in the page next to the task pane, also in old webviews: it must type-check against ES5 + Promise
// + DOM only (what tsconfig.web.json allows the pane) and must not import Node modules.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const DIR = path.resolve(__dirname, "..", "..", "..", "src", "playground", "fake-office");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) out.push(...sources(full));
    else if (name.endsWith(".ts")) out.push(full);
  }
  return out;
}

describe("src/playground/fake-office is browser-safe", () => {
  it("type-checks with lib ES5 + ES2015.Promise + DOM and no Node types", () => {
    const program = ts.createProgram([path.join(DIR, "index.ts")], {
      target: ts.ScriptTarget.ES5,
      module: ts.ModuleKind.ES2015,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ["lib.es5.d.ts", "lib.es2015.promise.d.ts", "lib.dom.d.ts"],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      esModuleInterop: true,
      isolatedModules: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => (d.file ? path.relative(DIR, d.file.fileName) + ": " : "") + ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 60000);

  it("imports no Node module and calls no require()", () => {
    const offenders: string[] = [];
    for (const file of sources(DIR)) {
      const text = fs.readFileSync(file, "utf8");
      const imports = text.match(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm) || [];
      for (const imp of imports) {
        const spec = /from\s+"([^"]+)"/.exec(imp)![1];
        const ok = spec.charAt(0) === "." || spec === "exceljs"; // exceljs: type-only, passed in by the page
        if (!ok) offenders.push(path.basename(file) + " imports " + spec);
        if (spec === "exceljs" && !/import type ExcelJS from "exceljs"/.test(text)) offenders.push(path.basename(file) + " imports exceljs at run time");
      }
      if (/\brequire\s*\(/.test(text)) offenders.push(path.basename(file) + " calls require()");
    }
    expect(offenders).toEqual([]);
  });
});
