// The production build, checked the way an intranet deployment needs it: ES5 for IE11-based Excel, no request
// leaving the add-in's origin, office.js served locally, and the task pane within its size budget.
// One `webpack --mode production` per run into a temp directory, shared by every assertion.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runChecks } = require("es-check") as {
  runChecks(configs: object[], options: object): Promise<{ success: boolean; errors: Array<{ file: string; err: Error }> }>;
};

const ROOT = path.resolve(__dirname, "..", "..");
const BUDGET_GZIP = 60 * 1024; // taskpane.js: what every Excel downloads (office.js excluded)
const POLYFILL_BUDGET_GZIP = 12 * 1024; // polyfills.js: IE11 only (<script nomodule>)
const hasCommands = fs.existsSync(path.join(ROOT, "src", "commands", "commands.ts"));

let out = "";
let files: string[] = [];

function walk(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = prefix ? prefix + "/" + name : name;
    if (fs.statSync(full).isDirectory()) found.push(...walk(full, rel));
    else found.push(rel);
  }
  return found;
}

function read(rel: string): string {
  return fs.readFileSync(path.join(out, rel), "utf8");
}

function gzipSize(rel: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(out, rel)), { level: 9 }).length;
}

/** Our own scripts: everything but the copied office.js. */
function ownScripts(): string[] {
  return files.filter((f) => /\.js$/.test(f) && f.indexOf("office-js/") !== 0);
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "ziping-bundle-"));
  const cli = require.resolve("webpack-cli/bin/cli.js");
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--output-path", out],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error("webpack failed:\n" + stdout + stderr)) : resolve()),
    );
  });
  files = walk(out).sort();
}, 240000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("production build", () => {
  test("emits the pane, its polyfills, its stylesheet and only the office.js files Excel needs", () => {
    for (const f of ["taskpane.html", "taskpane.js", "taskpane.css", "polyfills.js", "office-js/office.js", "office-js/o15apptofilemappingtable.js"]) {
      expect(files).toContain(f);
    }
    for (const f of ["excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "zh-cn/office_strings.js", "en-us/office_strings.js"]) {
      expect(files).toContain("office-js/" + f);
    }
    const office = files.filter((f) => f.indexOf("office-js/") === 0).map((f) => f.slice("office-js/".length));
    expect(office.filter((f) => /\.debug\.js$/.test(f))).toEqual([]);
    expect(office.filter((f) => /^(word|outlook|powerpoint|onenote|project|access|visio)/i.test(f))).toEqual([]);
    expect(office.filter((f) => f.indexOf("/") >= 0 && !/^(en-us|zh-cn)\//.test(f))).toEqual([]);
    if (fs.existsSync(path.join(ROOT, "manifest.xml"))) expect(files).toContain("manifest.xml");
    if (hasCommands) expect(files).toEqual(expect.arrayContaining(["commands.html", "commands.js"]));
  });

  test("pages load office.js from their own origin, polyfills only without ES modules, under a strict CSP", () => {
    const pages = ["taskpane.html"].concat(hasCommands ? ["commands.html"] : []);
    for (const page of pages) {
      const html = read(page);
      const scripts = (html.match(/<script\b[^>]*>/g) || []).map((tag) => {
        const src = /\bsrc=["']?([^"' >]+)/.exec(tag);
        return { src: src ? src[1] : "", nomodule: /\bnomodule\b/.test(tag) };
      });
      const own = page === "taskpane.html" ? "taskpane.js" : "commands.js";
      expect(scripts.map((s) => s.src.replace(/\?.*$/, ""))).toEqual(["office-js/office.js", "polyfills.js", own]);
      expect(scripts.map((s) => s.nomodule)).toEqual([false, true, false]);
      // Every script has a src (no inline script for the CSP to allow).
      expect(html.replace(/<script\b[^>]*><\/script>/g, "")).not.toMatch(/<script/);
      const meta = /http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(html);
      expect(meta).not.toBeNull();
      const csp = meta![1] || meta![2];
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
    expect(read("taskpane.html")).toMatch(/<link rel=["']?stylesheet["']? href=["']?taskpane\.css\?v=/);
  });

  test("our JavaScript is ES5 (es-check)", async () => {
    const scripts = ownScripts();
    expect(scripts).toEqual(expect.arrayContaining(["polyfills.js", "taskpane.js"]));
    const result = await runChecks([{ ecmaVersion: "es5", files: scripts.map((f) => path.join(out, f)), module: false }], { logger: null });
    expect(result.errors.map((e) => e.file + ": " + e.err.message)).toEqual([]);
    expect(result.success).toBe(true);
  });

  test("our JavaScript uses no ES2015+ library feature IE11 lacks, besides the polyfilled Promise", async () => {
    // Promise comes from polyfills.js; Set is Preact's createContext (new Set, add, delete, forEach: in IE11).
    const pane = ["Promise", "PromiseResolve", "PromiseReject", "Set"].join(",");
    // core-js's own feature tests: guarded by typeof checks.
    const polyfills = ["Symbol", "globalThis", "Promise", "PromiseResolve", "PromiseReject"].join(",");
    // src/commands/commands.ts looks for the global object with `typeof globalThis !== "undefined"` first.
    const commands = pane + ",globalThis";
    const configs = ownScripts().map((f) => ({
      ecmaVersion: "es5",
      files: [path.join(out, f)],
      checkFeatures: true,
      allowList: f === "polyfills.js" ? polyfills : f === "commands.js" ? commands : pane,
    }));
    const result = await runChecks(configs, { logger: null });
    expect(result.errors.map((e) => path.basename(e.file) + ": " + e.err.message)).toEqual([]);
  });

  test("no built file refers to an external URL (office.js keeps only its license and Microsoft-internal links)", () => {
    // Identifiers, never fetched: XML / SVG namespaces.
    const NAMESPACES = [
      "http://www.w3.org/2000/svg",
      "http://www.w3.org/1999/xhtml",
      "http://www.w3.org/1998/Math/MathML",
      "http://www.w3.org/1999/xlink",
      "http://www.w3.org/2001/XMLSchema-instance",
      "http://schemas.microsoft.com/office/appforoffice/1.1",
      "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
      "http://schemas.microsoft.com/office/mailappversionoverrides",
    ];
    // License notices kept with third-party code.
    const LICENSES = [
      /^http:\/\/go\.microsoft\.com\/fwlink\/\?LinkId=266419\.?$/, // office.js license terms
      /^https:\/\/raw\.githubusercontent\.com\/jakearchibald\/es6-promise\/master\/LICENSE$/, // office.js's bundled es6-promise
      /^https:\/\/github\.com\/zloirock\/core-js(\/blob\/v[\d.]+\/LICENSE)?$/, // core-js store metadata (polyfills.js)
    ];
    // Inside Microsoft's Excel host scripts only: code paths the add-in never uses, and which the pages' CSP
    // (default-src 'self') would block anyway. A new URL here must be looked at before it is added.
    const OFFICE_INTERNAL = [
      /^https:\/\/alcdn\.msauth\.net\/browser\/[\d.]+\/js\/msal-browser\.min\.js$/, // nested app authentication
      /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\/telemetryproxy\.html$/, // first-party telemetry
      /^https:\/\/support\.microsoft\.com\/en-us\/help\/17479\/windows-internet-explorer-11-change-security-privacy-settings$/, // help text
      /^\/\/ajax\.aspnetcdn\.com\/ajax\/3\.5\/MicrosoftAjax\.js$/, // fallback loader for hosts without MicrosoftAjax
      /^https:\/\/docs\.microsoft\.com\/office\/dev\/add-ins\/concepts\/resource-limits-and-performance-optimization#excel-add-ins$/, // link in an error string
    ];
    const local = (url: string) => /^(https?:)?\/\/([a-z0-9-]+\.)*localhost([:/]|$)|^(https?:)?\/\/127\.0\.0\.1([:/]|$)/i.test(url);
    const offending: string[] = [];
    for (const f of files) {
      if (!/\.(js|html|css|xml|json|txt|svg|map)$/.test(f)) continue;
      const text = read(f);
      const office = f.indexOf("office-js/") === 0;
      // Only things shaped like URLs: "https://[a-z0-9-]+." inside a regular expression is not one.
      const urls: string[] = text.match(/https?:\/\/[a-z0-9][^\s"'<>()\\`]*/gi) || [];
      // Protocol-relative URLs in strings or CSS (e.g. "//cdn.example.com/x.js").
      const relative = (text.match(/["'(]\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/[^\s"'<>()\\`]*/gi) || []).map((m) => m.slice(1));
      for (const url of urls.concat(relative)) {
        if (local(url) || NAMESPACES.indexOf(url) >= 0 || LICENSES.some((re) => re.test(url))) continue;
        if (office && OFFICE_INTERNAL.some((re) => re.test(url))) continue;
        offending.push(f + ": " + url);
      }
    }
    expect(offending).toEqual([]);
  });

  test("size budget: task pane JavaScript ≤ 60 KB gzip (office.js excluded)", () => {
    const pane = gzipSize("taskpane.js");
    const polyfills = gzipSize("polyfills.js");
    const commands = hasCommands ? gzipSize("commands.js") : 0;
    const kb = (n: number) => (n / 1024).toFixed(1) + " KB";
    process.stdout.write(
      `\n  bundle sizes (gzip -9): taskpane.js ${kb(pane)} (budget ${kb(BUDGET_GZIP)}), polyfills.js ${kb(polyfills)} (IE11 only), ` +
        `IE11 total ${kb(pane + polyfills)}` +
        (hasCommands ? `, commands.js ${kb(commands)}` : "") +
        "\n",
    );
    expect(pane).toBeLessThanOrEqual(BUDGET_GZIP);
    expect(polyfills).toBeLessThanOrEqual(POLYFILL_BUDGET_GZIP);
  });
});
