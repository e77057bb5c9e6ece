// 自评报告 files: writing the generated report as .txt / .md (the .docx writer is report-docx.ts), and reading an existing
// report (.txt / .md in UTF-8, UTF-16 or GBK, or .docx) as text for `check --report`.
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import type { ReportDocument } from "../core/report";
import { reportToLines, reportToMarkdown } from "../core/report";

export type ReportFileKind = "docx" | "md" | "txt";

export function reportFileKind(file: string): ReportFileKind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".docx") return "docx";
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".txt") return "txt";
  return undefined;
}

const INDENT = "\u3000\u3000"; // two ideographic spaces: the first-line indent of Chinese prose

/** Plain text: title, a blank line, then one line per heading or paragraph (paragraphs indented); reports apart. */
export function reportsToText(docs: ReportDocument[], eol = "\n"): string {
  const blocks: string[] = [];
  for (let i = 0; i < docs.length; i++) {
    const lines: string[] = [];
    const all = reportToLines(docs[i]);
    for (let j = 0; j < all.length; j++) {
      const text = all[j].text.replace(/[\r\n]+/g, " ");
      if (all[j].kind === "title") lines.push(text, "");
      else lines.push(all[j].kind === "paragraph" ? INDENT + text : text);
    }
    blocks.push(lines.join(eol));
  }
  return blocks.join(eol + eol + eol) + eol;
}

export function reportsToMarkdown(docs: ReportDocument[]): string {
  const parts: string[] = [];
  for (let i = 0; i < docs.length; i++) parts.push(reportToMarkdown(docs[i]).replace(/\n+$/, "\n"));
  return parts.join("\n---\n\n");
}

/**
 * A .txt file for Windows users: a UTF-8 byte-order mark so that Notepad (older versions guess GBK otherwise) and
 * WPS open it right, and CRLF line ends.
 */
export function textFileBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, "\r\n"), "utf8")]);
}

// ---- reading ----

export type ReadReportResult = { ok: true; text: string; kind: ReportFileKind } | { ok: false; error: string };

/** An existing 自评报告 as text; for .docx one line per paragraph, so that line numbers are paragraph numbers. */
export async function readReportText(file: string): Promise<ReadReportResult> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".doc" || ext === ".wps") return { ok: false, error: `旧版 Word/WPS 文档（${ext}）无法直接读取，请用 Word 或 WPS 打开后“另存为” .docx 或 .txt 再核对。` };
  if (ext === ".pdf") return { ok: false, error: "无法读取 PDF，请把报告另存为 .docx 或 .txt 再核对。" };
  let bytes: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) return { ok: false, error: `自评报告“${file}”是一个文件夹，不是文件。` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") return { ok: false, error: `找不到自评报告文件“${file}”，请检查路径和文件名。` };
    return { ok: false, error: `无法读取自评报告“${file}”：${e instanceof Error ? e.message : String(e)}` };
  }
  const isZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === ".docx" || isZip) {
    const text = await docxText(bytes);
    if (text === undefined) return { ok: false, error: `自评报告“${file}”不是有效的 .docx 文档，无法读取。可用 Word 或 WPS 打开后另存为 .docx 或 .txt。` };
    if (/^[\s\u3000]*$/.test(text)) return { ok: false, error: `自评报告“${file}”中没有文字，没有可核对的内容。` };
    return { ok: true, text, kind: "docx" };
  }
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, error: `自评报告“${file}”不是文本文件（.txt 或 .md），无法读取。` };
  if (/^[\s\u3000]*$/.test(text)) return { ok: false, error: `自评报告“${file}”是空的，没有可核对的内容。` };
  return { ok: true, text, kind: reportFileKind(file) === "md" ? "md" : "txt" };
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, or else GB18030/GBK as Chinese Windows saves "ANSI" text. */
export function decodeText(bytes: Buffer): string | undefined {
  let text: string;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = bytes.slice(3).toString("utf8");
  else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) text = bytes.slice(2).toString("utf16le");
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) text = swapBytes(bytes.slice(2)).toString("utf16le");
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      try {
        text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
      } catch {
        return undefined;
      }
    }
  }
  // NUL bytes mean a binary file, not a report.
  return text.indexOf("\u0000") >= 0 ? undefined : text;
}

function swapBytes(b: Buffer): Buffer {
  const out = Buffer.alloc(b.length - (b.length % 2));
  for (let i = 0; i + 1 < b.length; i += 2) {
    out[i] = b[i + 1];
    out[i + 1] = b[i];
  }
  return out;
}

const XML_ENTITIES: { [name: string]: string } = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.charAt(0) !== "#") return XML_ENTITIES[e];
    const code = e.charAt(1) === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCharCode(code);
  });
}

/** The body text of word/document.xml, one line per paragraph (table cells included); undefined if not a .docx. */
export async function docxText(bytes: Buffer): Promise<string | undefined> {
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const part = zip.file("word/document.xml");
    if (!part) return undefined;
    xml = await part.async("string");
  } catch {
    return undefined;
  }
  const lines: string[] = [];
  let current = "";
  // Text runs (not w:delText, deleted in tracked changes), tabs and breaks, and paragraph ends.
  const token = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>|<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml))) {
    const t = m[0];
    if (m[1] !== undefined) current += unescapeXml(m[1]);
    else if (t === "<w:tab/>") current += "\t";
    else if (t.indexOf("<w:br") === 0 || t.indexOf("<w:cr") === 0) current += " "; // keeps line n = paragraph n
    else {
      lines.push(current);
      current = "";
    }
  }
  if (current) lines.push(current);
  return lines.join("\n");
}
