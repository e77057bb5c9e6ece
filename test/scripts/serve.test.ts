import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve, parseArgs } = require("../../scripts/serve.js") as {
  serve(o: { dir: string; port: number; https: boolean }): Promise<http.Server>;
  parseArgs(argv: string[]): { dir: string; port: number; https: boolean };
};

function get(port: number, url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: url }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode || 0, type: String(res.headers["content-type"]), body }));
      })
      .on("error", reject);
  });
}

describe("scripts/serve.js", () => {
  let server: http.Server;
  let port: number;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ziping-serve-"));
  fs.writeFileSync(path.join(dir, "taskpane.html"), "<p>自评表助手</p>");
  fs.mkdirSync(path.join(dir, "office-js"));
  fs.writeFileSync(path.join(dir, "office-js", "office.js"), "var Office={};");

  beforeAll(async () => {
    server = await serve({ dir, port: 0, https: false });
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves files with their types", async () => {
    expect(await get(port, "/taskpane.html")).toEqual({ status: 200, type: "text/html; charset=utf-8", body: "<p>自评表助手</p>" });
    expect((await get(port, "/office-js/office.js?v=1")).type).toBe("text/javascript; charset=utf-8");
  });

  it("answers 404 for missing files and never leaves its folder", async () => {
    expect((await get(port, "/nope.js")).status).toBe(404);
    const outside = await get(port, "/../../etc/passwd");
    expect(outside.status === 403 || outside.status === 404).toBe(true);
    expect(outside.body).not.toContain("root:");
  });

  it("reads its arguments", () => {
    expect(parseArgs(["dist", "--port", "3100", "--https"])).toEqual({ dir: "dist", port: 3100, https: true });
  });
});
