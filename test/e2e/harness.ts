// Shared by the end-to-end suites: one playground build (made once for all suites, see sharedBuild), served on a free
// port, and a headless Debian
// chromium (playwright-core) over it; helpers to open the page, wait for the pane, poll, read cells and snapshots,
// and take screenshots into test-results/playground/ (git-ignored).
//   Needs /usr/bin/chromium (apt-get install -y chromium) or CHROMIUM_PATH.
import { execFile } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import type { Server } from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, FrameLocator, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { PlaygroundApi } from "../../src/playground/app/index";

/** The page's window as the tests see it. */
export type PgWindow = Window & { __zipingPlayground: PlaygroundApi };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve") as { serve(o: { dir: string; port: number }): Promise<Server> };

export const ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const SHOTS = path.join(ROOT, "test-results", "playground");
export const ERROR_FILL = "#FFC7CE";

/** One build, one server and one browser for a test file (start in beforeAll, stop in afterAll). */
export interface Harness {
  /** A scratch directory of this suite's own (downloads). */
  out: string;
  base: string;
  context: BrowserContext;
  stop(): Promise<void>;
}

// Everything the playground build is made from: a change to any of it means a new build.
const BUILD_INPUTS = ["src", "scripts", "examples", "test/fixtures", "assets", "manifest.xml", "webpack.config.js", "webpack.playground.js", "package-lock.json"];

function buildKey(): string {
  const hash = crypto.createHash("sha256");
  const walk = (rel: string) => {
    const full = path.join(ROOT, rel);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) for (const name of fs.readdirSync(full).sort()) walk(path.join(rel, name));
    else hash.update(rel).update(fs.readFileSync(full));
  };
  BUILD_INPUTS.forEach(walk);
  return hash.digest("hex").slice(0, 16);
}

function buildPlayground(out: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, "scripts", "build-playground.js"), "--out", out], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error("playground build failed:\n" + stdout + stderr)) : resolve(),
    );
  });
}

/**
 * The e2e suites run in parallel jest workers; building the playground (~40 s) once per suite would do the same work
 * twice. The first suite builds into a directory named after the sources and marks it done; the others wait for that
 * mark. A lock left by a killed run is taken over after 5 minutes.
 */
async function sharedBuild(): Promise<string> {
  const dir = path.join(os.tmpdir(), "ziping-e2e-build-" + buildKey());
  const done = path.join(dir, ".built");
  const lock = dir + ".lock";
  for (;;) {
    if (fs.existsSync(done)) return dir;
    try {
      fs.mkdirSync(lock);
    } catch (e) {
      const age = Date.now() - fs.statSync(lock).mtimeMs;
      if (age > 5 * 60 * 1000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      await buildPlayground(dir);
      fs.writeFileSync(done, new Date().toISOString());
      return dir;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) throw new Error("没有找到 " + CHROMIUM + "：请先 apt-get install -y chromium（或设置 CHROMIUM_PATH）。");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ziping-e2e-"));
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "ziping-chromium-"));
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  const stop = async () => {
    if (context) await context.close();
    if (server) await new Promise((resolve) => server!.close(resolve));
    for (const dir of [out, profileDir]) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    fs.mkdirSync(SHOTS, { recursive: true });
    const build = await sharedBuild();
    server = await serve({ dir: build, port: 0 });
    const base = "http://127.0.0.1:" + (server.address() as AddressInfo).port + "/";
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      locale: "zh-CN",
    });
    return { out, base, context, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

export interface Opened {
  page: Page;
  pane: FrameLocator;
  errors: string[];
}

/** Opens the playground (optionally a sample and an Excel version) and waits until the pane is ready. */
export async function openPlayground(h: Harness, query = ""): Promise<Opened> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(h.base + query);
  await page.evaluate(() => (window as unknown as PgWindow).__zipingPlayground.ready);
  const pane = page.frameLocator("iframe.pg-pane-frame");
  await paneReady(pane);
  return { page, pane, errors };
}

export async function paneReady(pane: FrameLocator): Promise<void> {
  await pane.getByRole("button", { name: "检查", exact: true }).waitFor();
  const skip = pane.getByRole("button", { name: "跳过" });
  if (await skip.count()) await skip.click();
}

/** Polls `read` until `ok` (or the timeout) and returns the last value, for an ordinary expect afterwards. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

export function cell(page: Page, address: string) {
  return page.locator('.pg-grid td[data-address="' + address + '"]');
}

export async function fillOf(page: Page, address: string): Promise<string | null> {
  return cell(page, address).getAttribute("data-fill");
}

export function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as PgWindow).__zipingPlayground.snapshot());
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, name + ".png") });
}

/** The pane's busy line is empty again (no 正在… shown) and the model has settled. */
export async function settled(page: Page, pane: FrameLocator): Promise<void> {
  await pane.locator(".zp-busy").filter({ hasText: /正在/ }).waitFor({ state: "detached" }).catch(() => undefined);
  await page.waitForFunction(() => {
    const host = (window as unknown as PgWindow).__zipingPlayground.playground.host;
    return !!host;
  });
  await page.evaluate(() => (window as unknown as PgWindow).__zipingPlayground.playground.host!.idle());
  await page.waitForTimeout(150);
}

export async function check(page: Page, pane: FrameLocator): Promise<void> {
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  await pane.locator(".zp-results").waitFor();
  await settled(page, pane);
}
