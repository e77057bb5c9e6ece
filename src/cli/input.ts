// Which files to check and how to open them: folders, simple wildcards, and zh-CN reasons when a file is unusable.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";

export interface InputFile {
  /** The path as shown to the user. */
  file: string;
  /** Set when the argument could not be turned into a file to check. */
  error?: string;
  /** True when the argument was a folder or wildcard that expanded to this file. */
  expanded?: boolean;
}

// Legacy workbooks in a folder are listed too, so a reviewer learns which submissions need saving as .xlsx.
const FOLDER_EXTENSION = /\.(xlsx|xlsm|xls|et)$/i;

/**
 * Folders expand to their workbooks (.xlsx/.xlsm, and .xls/.et to be reported as needing conversion; not recursive);
 * "~$" lock files and "._" resource forks are skipped.
 */
export function expandInputs(args: string[]): InputFile[] {
  const out: InputFile[] = [];
  const seen: { [resolved: string]: boolean } = {};
  const add = (entry: InputFile) => {
    const key = path.resolve(entry.file);
    if (!entry.error && seen[key]) return;
    seen[key] = true;
    out.push(entry);
  };
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat && stat.isDirectory()) {
      let files: string[];
      try {
        files = workbookFilesIn(arg, () => true);
      } catch (e) {
        add({ file: arg, error: "无法读取文件夹：" + (e instanceof Error ? e.message : String(e)) });
        continue;
      }
      if (files.length === 0) add({ file: arg, error: "文件夹中没有 .xlsx、.xlsm 或 .xls 文件。" });
      for (const f of files) add({ file: f, expanded: true });
    } else if (!stat && /[*?]/.test(path.basename(arg))) {
      const pattern = wildcardPattern(path.basename(arg));
      const dir = path.dirname(arg);
      let files: string[] = [];
      try {
        if (isDirectory(dir)) files = workbookFilesIn(dir, (name) => pattern.test(name), true);
      } catch {
        files = [];
      }
      if (files.length === 0) add({ file: arg, error: "没有与通配符匹配的文件。" });
      for (const f of files) add({ file: f, expanded: true });
    } else {
      add({ file: arg });
    }
  }
  return out;
}

function workbookFilesIn(dir: string, accept: (name: string) => boolean, anyExtension = false): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => (anyExtension || FOLDER_EXTENSION.test(name)) && name.indexOf("~$") !== 0 && name.indexOf("._") !== 0 && accept(name))
    .sort()
    .map((name) => (dir === "." ? name : path.join(dir, name)))
    .filter((f) => !isDirectory(f));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function wildcardPattern(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp("^" + body + "$", "i");
}

export type LoadResult = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; error: string };

const ZIP_SIGNATURE = [0x50, 0x4b];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LEGACY_ADVICE = "请用 Excel 或 WPS 打开，“另存为” Excel 工作簿（.xlsx）后再检查。";

/** Opens a workbook with exceljs, or says in zh-CN why it cannot be used. */
export async function loadWorkbook(file: string): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: "这是一个文件夹，不是文件。" };
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") return { ok: false, error: "找不到文件，请检查路径和文件名。" };
    if (code === "EACCES" || code === "EPERM") return { ok: false, error: "没有读取该文件的权限。" };
    if (code === "EBUSY") return { ok: false, error: "文件正被其他程序占用，请关闭后再试。" };
    return { ok: false, error: "无法读取文件：" + (e instanceof Error ? e.message : String(e)) };
  }
  const problem = sniff(bytes, file);
  if (problem) return { ok: false, error: problem };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `工作簿已损坏或不是有效的 .xlsx 文件，无法读取（${reason}）。可尝试用 Excel 或 WPS 打开后重新另存为 .xlsx。` };
  }
  if (workbook.worksheets.length === 0) return { ok: false, error: "文件中没有可读取的工作表，可能不是 Excel 工作簿。" };
  return { ok: true, workbook };
}

/** A zh-CN reason when the bytes are clearly not a workbook exceljs can read; undefined to go ahead. */
export function sniff(bytes: Buffer, file: string): string | undefined {
  if (bytes.length === 0) return "文件是空的（0 字节），不是 Excel 工作簿。";
  if (startsWith(bytes, CFB_SIGNATURE)) {
    const ext = path.extname(file).toLowerCase();
    if (bytes.indexOf(Buffer.from("EncryptedPackage", "utf16le")) >= 0) return "工作簿已加密，请先取消密码：在 Excel/WPS 中打开，“文件 → 信息 → 保护工作簿 → 用密码进行加密”清空密码并保存，再检查。";
    const legacy = ext === ".xls" || ext === ".et" || bytes.indexOf(Buffer.from("Workbook", "utf16le")) >= 0 || bytes.indexOf(Buffer.from("Book", "utf16le")) >= 0;
    if (legacy) return `这是旧版 Excel 97-2003 工作簿（.xls）格式${ext === ".xls" ? "" : "（扩展名不是 .xls，但内容是）"}，无法直接检查。` + LEGACY_ADVICE;
    return "文件是 Office 复合文档格式，不是 .xlsx：可能是已加密的工作簿（请先取消密码），或是旧版 Office 文件。" + LEGACY_ADVICE;
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) return undefined;
  const head = bytes.slice(0, 512).toString("utf8").replace(/^\uFEFF/, "").replace(/^\s+/, "").toLowerCase();
  if (head.charAt(0) === "<") return "这是网页（HTML/XML）格式保存的表格，不是 .xlsx 工作簿。" + LEGACY_ADVICE;
  return "不是 Excel 工作簿（.xlsx/.xlsm）：文件内容不是 zip 格式，可能是其他类型的文件或已损坏。";
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

export type SheetSelection = { ok: true; worksheets: ExcelJS.Worksheet[] } | { ok: false; error: string };

/** Every worksheet, or only the one `--sheet` names (exact name first, then ignoring case and outer spaces). */
export function selectWorksheets(workbook: ExcelJS.Workbook, sheet?: string): SheetSelection {
  const all = workbook.worksheets;
  if (sheet === undefined) return { ok: true, worksheets: all };
  let found = all.filter((ws) => ws.name === sheet);
  if (found.length === 0) found = all.filter((ws) => ws.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (found.length) return { ok: true, worksheets: found.slice(0, 1) };
  return { ok: false, error: `工作簿中没有名为“${sheet}”的工作表（现有：${all.map((ws) => ws.name).join("、")}）。` };
}
