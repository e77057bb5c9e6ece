// Runs the CLI in-process on real .xlsx files written into a temp dir.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Grid } from "../../src/core/grid";
import { main } from "../../src/cli/main";
import { gridsToXlsxBuffer } from "../../src/xlsx/write";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "ziping-test-"));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes grids (one worksheet each) as a real .xlsx file and returns its path. */
export async function writeXlsx(dir: string, name: string, grids: Grid[]): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await gridsToXlsxBuffer(grids));
  return file;
}
