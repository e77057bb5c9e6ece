// A small Excel formula evaluator: enough for what 自评表 forms hold and what Ziping writes — cell and range
// references (also on other sheets), + - * / ^ & %, comparisons, and SUM, ROUND, ROUNDUP, ROUNDDOWN, MIN, MAX,
// AVERAGE, COUNT, COUNTA, IF, IFERROR, AND, OR, NOT, ABS, INT, ISTEXT, ISNUMBER, ISBLANK, ISERROR, LEN, CONCATENATE.
// Anything else (another function, a defined name) is "unsupported": the caller keeps the cell's last value.
import type { CellScalar, ErrorValue } from "./number-text";
import { isErrorLiteral, isErrorValue } from "./number-text";
import { columnIndex } from "../../core/grid";

export interface RefNode {
  t: "ref";
  sheet?: string;
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

export interface AreaNode {
  t: "area";
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | RefNode
  | AreaNode
  | { t: "name"; name: string }
  | { t: "fn"; name: string; args: Node[] }
  | { t: "neg"; a: Node }
  | { t: "pct"; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "missing" };

export class FormulaSyntaxError {
  constructor(public readonly message: string) {}
}

class Unsupported {
  constructor(public readonly what: string) {}
}

interface Token {
  k: "num" | "str" | "err" | "ref" | "area" | "id" | "op" | "(" | ")" | "," | "end";
  v: string;
  node?: Node;
}

const CELL_RE = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("unterminated string");
        const c = src.charAt(j);
        if (c === '"') {
          if (src.charAt(j + 1) === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += c;
        j++;
      }
      out.push({ k: "str", v: s });
      i = j + 1;
      continue;
    }
    if (ch === "#") {
      const m = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i.exec(src.slice(i));
      if (!m) throw new FormulaSyntaxError("bad error literal");
      out.push({ k: "err", v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    // Sheet prefix: 'Quoted Name'! or Name!
    let sheet: string | undefined;
    let rest = src.slice(i);
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("unterminated sheet name");
        const c = src.charAt(j);
        if (c === "'") {
          if (src.charAt(j + 1) === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += c;
        j++;
      }
      if (src.charAt(j + 1) !== "!") throw new FormulaSyntaxError("sheet name without !");
      sheet = name;
      i = j + 2;
      rest = src.slice(i);
    } else {
      const m = /^([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/.exec(rest);
      if (m) {
        sheet = m[1];
        i += m[0].length;
        rest = src.slice(i);
      }
    }
    // Ranges first (A1:B2, A:A, 1:1), then single cells.
    let m = /^(\$?[A-Za-z]{1,3}\$?\d{1,7}):(\$?[A-Za-z]{1,3}\$?\d{1,7})(?![A-Za-z0-9_(])/.exec(rest);
    if (m) {
      const a = cellNode(m[1], sheet);
      const b = cellNode(m[2], sheet);
      out.push({ k: "area", v: m[0], node: { t: "area", sheet, top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) } });
      i += m[0].length;
      continue;
    }
    m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![A-Za-z0-9_(])/.exec(rest);
    if (m) {
      const c1 = columnIndex(m[1]);
      const c2 = columnIndex(m[2]);
      out.push({ k: "area", v: m[0], node: { t: "area", sheet, top: 0, bottom: 1048575, left: Math.min(c1, c2), right: Math.max(c1, c2) } });
      i += m[0].length;
      continue;
    }
    m = /^\$?(\d{1,7}):\$?(\d{1,7})(?![0-9.])/.exec(rest);
    if (m && (sheet !== undefined || (out.length && out[out.length - 1].k !== "num"))) {
      const r1 = parseInt(m[1], 10) - 1;
      const r2 = parseInt(m[2], 10) - 1;
      out.push({ k: "area", v: m[0], node: { t: "area", sheet, top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: 16383 } });
      i += m[0].length;
      continue;
    }
    m = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?![A-Za-z0-9_(!.])/.exec(rest);
    if (m) {
      out.push({ k: "ref", v: m[0], node: cellNode(m[0], sheet) });
      i += m[0].length;
      continue;
    }
    if (sheet !== undefined) throw new FormulaSyntaxError("sheet prefix without a reference");
    m = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/i.exec(rest);
    if (m) {
      out.push({ k: "num", v: m[0] });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/.exec(rest);
    if (m) {
      out.push({ k: "id", v: m[0] });
      i += m[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      out.push({ k: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%".indexOf(ch) >= 0) {
      out.push({ k: "op", v: ch });
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      out.push({ k: ch, v: ch });
      i++;
      continue;
    }
    throw new FormulaSyntaxError("unexpected " + ch);
  }
  out.push({ k: "end", v: "" });
  return out;
}

function cellNode(text: string, sheet?: string): RefNode {
  const m = CELL_RE.exec(text);
  if (!m) throw new FormulaSyntaxError("bad reference " + text);
  const row = parseInt(m[4], 10) - 1;
  const col = columnIndex(m[2]);
  if (row > 1048575 || col > 16383) throw new FormulaSyntaxError("reference out of the sheet " + text);
  return { t: "ref", sheet, row, col, absRow: m[3] === "$", absCol: m[1] === "$" };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const n = this.comparison();
    if (this.peek().k !== "end") throw new FormulaSyntaxError("unexpected " + this.peek().v);
    return n;
  }

  private peek(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    return this.tokens[this.i++];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === "op" && t.v === v;
  }

  private comparison(): Node {
    let a = this.concat();
    for (;;) {
      const t = this.peek();
      if (t.k === "op" && (t.v === "=" || t.v === "<>" || t.v === "<" || t.v === ">" || t.v === "<=" || t.v === ">=")) {
        this.next();
        a = { t: "bin", op: t.v, a, b: this.concat() };
      } else return a;
    }
  }

  private concat(): Node {
    let a = this.additive();
    while (this.isOp("&")) {
      this.next();
      a = { t: "bin", op: "&", a, b: this.additive() };
    }
    return a;
  }

  private additive(): Node {
    let a = this.multiplicative();
    for (;;) {
      if (this.isOp("+") || this.isOp("-")) {
        const op = this.next().v;
        a = { t: "bin", op, a, b: this.multiplicative() };
      } else return a;
    }
  }

  private multiplicative(): Node {
    let a = this.power();
    for (;;) {
      if (this.isOp("*") || this.isOp("/")) {
        const op = this.next().v;
        a = { t: "bin", op, a, b: this.power() };
      } else return a;
    }
  }

  private power(): Node {
    let a = this.unary();
    while (this.isOp("^")) {
      this.next();
      a = { t: "bin", op: "^", a, b: this.unary() };
    }
    return a;
  }

  private unary(): Node {
    if (this.isOp("-")) {
      this.next();
      return { t: "neg", a: this.unary() };
    }
    if (this.isOp("+")) {
      this.next();
      return this.unary();
    }
    return this.postfix();
  }

  private postfix(): Node {
    let a = this.primary();
    while (this.isOp("%")) {
      this.next();
      a = { t: "pct", a };
    }
    return a;
  }

  private primary(): Node {
    const t = this.next();
    switch (t.k) {
      case "num":
        return { t: "num", v: parseFloat(t.v) };
      case "str":
        return { t: "str", v: t.v };
      case "err":
        return { t: "err", v: t.v };
      case "ref":
      case "area":
        return t.node as Node;
      case "(": {
        const n = this.comparison();
        if (this.next().k !== ")") throw new FormulaSyntaxError("missing )");
        return n;
      }
      case "id": {
        const name = t.v.toUpperCase();
        if (this.peek().k === "(") {
          this.next();
          const args: Node[] = [];
          if (this.peek().k === ")") {
            this.next();
            return { t: "fn", name, args };
          }
          for (;;) {
            const p = this.peek();
            if (p.k === "," || p.k === ")") args.push({ t: "missing" });
            else args.push(this.comparison());
            const sep = this.next();
            if (sep.k === ")") break;
            if (sep.k !== ",") throw new FormulaSyntaxError("expected , or )");
          }
          return { t: "fn", name: name.replace(/^_XLFN\./, ""), args };
        }
        if (name === "TRUE" || name === "FALSE") return { t: "bool", v: name === "TRUE" };
        return { t: "name", name: t.v };
      }
      default:
        throw new FormulaSyntaxError("unexpected " + (t.v || "end of formula"));
    }
  }
}

const cache: { [formula: string]: Node | FormulaSyntaxError } = {};
let cacheSize = 0;

/** Parses "=…" (the "=" optional). Throws FormulaSyntaxError. Cached. */
export function parseFormula(formula: string): Node {
  const hit = cache[formula];
  if (hit) {
    if (hit instanceof FormulaSyntaxError) throw hit;
    return hit;
  }
  let result: Node | FormulaSyntaxError;
  try {
    const body = formula.charAt(0) === "=" ? formula.slice(1) : formula;
    result = new Parser(tokenize(body)).parse();
  } catch (e) {
    if (!(e instanceof FormulaSyntaxError)) throw e;
    result = e;
  }
  if (cacheSize > 5000) {
    for (const k in cache) if (Object.prototype.hasOwnProperty.call(cache, k)) delete cache[k];
    cacheSize = 0;
  }
  cache[formula] = result;
  cacheSize++;
  if (result instanceof FormulaSyntaxError) throw result;
  return result;
}

/** True when Excel would accept the formula text (as far as this parser knows). */
export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch (e) {
    return false;
  }
}

/** Excel stores function names and references upper case: "=sum(a1:b2)" → "=SUM(A1:B2)". Strings stay. */
export function normaliseFormula(formula: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === ch) {
          if (formula.charAt(j + 1) === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i));
    if (m) {
      const after = formula.charAt(i + m[0].length);
      // Sheet names before "!" keep their case.
      out += after === "!" ? m[0] : m[0].toUpperCase();
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Every area a formula refers to (for dependency tracking); sheet undefined = the formula's own sheet. */
export function formulaRefs(formula: string): AreaNode[] {
  const out: AreaNode[] = [];
  let node: Node;
  try {
    node = parseFormula(formula);
  } catch (e) {
    return out;
  }
  walk(node, out);
  return out;
}

function walk(n: Node, out: AreaNode[]): void {
  switch (n.t) {
    case "ref":
      out.push({ t: "area", sheet: n.sheet, top: n.row, bottom: n.row, left: n.col, right: n.col });
      return;
    case "area":
      out.push(n);
      return;
    case "fn":
      for (let i = 0; i < n.args.length; i++) walk(n.args[i], out);
      return;
    case "neg":
    case "pct":
      walk(n.a, out);
      return;
    case "bin":
      walk(n.a, out);
      walk(n.b, out);
      return;
    default:
      return;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

export interface EvalContext {
  /** The value of a cell; sheet undefined = the formula's own sheet. Unknown sheet → { error: "#REF!" }. */
  get(sheet: string | undefined, row: number, col: number): CellScalar;
}

interface Matrix {
  m: CellScalar[][];
}

type Val = CellScalar | Matrix;

const ERR = (e: string): ErrorValue => ({ error: e });

function isMatrix(v: Val): v is Matrix {
  return typeof v === "object" && v !== null && (v as Matrix).m !== undefined;
}

export type EvalResult = { ok: true; value: CellScalar } | { ok: false; reason: string };

/** Evaluates a formula; { ok: false } when it uses something this evaluator does not know (keep the last value). */
export function evaluateFormula(formula: string, ctx: EvalContext): EvalResult {
  let node: Node;
  try {
    node = parseFormula(formula);
  } catch (e) {
    return { ok: false, reason: e instanceof FormulaSyntaxError ? e.message : String(e) };
  }
  try {
    let v = evalNode(node, ctx);
    if (isMatrix(v)) v = v.m.length === 1 && v.m[0].length === 1 ? v.m[0][0] : ERR("#VALUE!");
    if (v === null) v = 0; // =A1 with A1 empty shows 0
    if (typeof v === "number") v = tidy(v);
    return { ok: true, value: v };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.what };
    throw e;
  }
}

/** Excel keeps 15 significant digits: 0.1+0.2 is 0.3. */
function tidy(n: number): number {
  if (!isFinite(n)) return n;
  if (n === 0) return 0;
  return parseFloat(n.toPrecision(15));
}

function evalNode(n: Node, ctx: EvalContext): Val {
  switch (n.t) {
    case "num":
      return n.v;
    case "str":
      return n.v;
    case "bool":
      return n.v;
    case "err":
      return ERR(n.v);
    case "missing":
      return null;
    case "ref":
      return ctx.get(n.sheet, n.row, n.col);
    case "area": {
      if ((n.bottom - n.top + 1) * (n.right - n.left + 1) > 200000) throw new Unsupported("huge range");
      const m: CellScalar[][] = [];
      for (let r = n.top; r <= n.bottom; r++) {
        const row: CellScalar[] = [];
        for (let c = n.left; c <= n.right; c++) row.push(ctx.get(n.sheet, r, c));
        m.push(row);
      }
      return { m };
    }
    case "name":
      throw new Unsupported("name " + n.name);
    case "neg": {
      const a = toNumber(scalar(evalNode(n.a, ctx)));
      return isErrorValue(a) ? a : -a;
    }
    case "pct": {
      const a = toNumber(scalar(evalNode(n.a, ctx)));
      return isErrorValue(a) ? a : a / 100;
    }
    case "bin":
      return binary(n.op, scalar(evalNode(n.a, ctx)), scalar(evalNode(n.b, ctx)));
    case "fn":
      return callFunction(n.name, n.args, ctx);
  }
  return ERR("#VALUE!");
}

function scalar(v: Val): CellScalar {
  if (!isMatrix(v)) return v;
  return v.m.length === 1 && v.m[0].length === 1 ? v.m[0][0] : ERR("#VALUE!");
}

function toNumber(v: CellScalar): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isErrorValue(v)) return v;
  const s = v.replace(/^\s+|\s+$/g, "");
  if (s === "") return ERR("#VALUE!");
  let m = /^[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?$/i.exec(s);
  if (m) return parseFloat(s.replace(/,/g, ""));
  m = /^([-+]?(\d[\d,]*\.?\d*|\.\d+))\s*%$/.exec(s);
  if (m) return parseFloat(m[1].replace(/,/g, "")) / 100;
  return ERR("#VALUE!");
}

function toText(v: CellScalar): string | ErrorValue {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isErrorValue(v)) return v;
  return generalNumber(v);
}

function generalNumber(n: number): string {
  if (Math.floor(n) === n && Math.abs(n) < 1e15) return String(n);
  return String(parseFloat(n.toPrecision(15)));
}

function toBool(v: CellScalar): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (isErrorValue(v)) return v;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return ERR("#VALUE!");
}

function binary(op: string, a: CellScalar, b: CellScalar): CellScalar {
  if (op === "&") {
    const x = toText(a);
    if (isErrorValue(x)) return x;
    const y = toText(b);
    if (isErrorValue(y)) return y;
    return x + y;
  }
  if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
    if (isErrorValue(a)) return a;
    if (isErrorValue(b)) return b;
    const c = compare(a, b);
    switch (op) {
      case "=":
        return c === 0;
      case "<>":
        return c !== 0;
      case "<":
        return c < 0;
      case ">":
        return c > 0;
      case "<=":
        return c <= 0;
      default:
        return c >= 0;
    }
  }
  const x = toNumber(a);
  if (isErrorValue(x)) return x;
  const y = toNumber(b);
  if (isErrorValue(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? ERR("#DIV/0!") : x / y;
    case "^": {
      const r = Math.pow(x, y);
      return isFinite(r) ? r : ERR("#NUM!");
    }
  }
  return ERR("#VALUE!");
}

/** Excel's ordering: numbers < text < logical; empty compares as 0 or "". Text case-insensitive. */
function compare(a: CellScalar, b: CellScalar): number {
  if (a === null && b === null) return 0;
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (v: CellScalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = a === true ? 1 : a === false ? 0 : (a as number);
  const y = b === true ? 1 : b === false ? 0 : (b as number);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Numbers of the arguments as SUM/MIN/MAX/AVERAGE/COUNT see them: references skip text and logicals. */
function collectNumbers(args: Node[], ctx: EvalContext, countOnly = false): number[] | ErrorValue {
  const out: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.t === "missing") continue;
    const v = evalNode(arg, ctx);
    if (isMatrix(v) || arg.t === "ref") {
      const m = isMatrix(v) ? v.m : [[v as CellScalar]];
      for (let r = 0; r < m.length; r++) {
        for (let c = 0; c < m[r].length; c++) {
          const x = m[r][c];
          if (isErrorValue(x)) {
            if (countOnly) continue;
            return x;
          }
          if (typeof x === "number") out.push(x);
        }
      }
      continue;
    }
    const x = v as CellScalar;
    if (isErrorValue(x)) {
      if (countOnly) continue;
      return x;
    }
    const n = toNumber(x);
    if (isErrorValue(n)) {
      if (countOnly) continue;
      return n;
    }
    out.push(n);
  }
  return out;
}

function roundHalfAway(x: number, digits: number, mode: "round" | "up" | "down"): number {
  const d = Math.floor(digits);
  const f = Math.pow(10, Math.abs(d));
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
  const scaled = d >= 0 ? parseFloat((abs * f).toPrecision(15)) : parseFloat((abs / f).toPrecision(15));
  const r = mode === "round" ? Math.floor(scaled + 0.5) : mode === "up" ? Math.ceil(scaled) : Math.floor(scaled);
  return sign * (d >= 0 ? r / f : r * f);
}

function argCount(name: string, args: Node[], min: number, max: number): void {
  if (args.length < min || args.length > max) throw new Unsupported(name + " with " + args.length + " arguments");
}

function callFunction(name: string, args: Node[], ctx: EvalContext): Val {
  const arg = (i: number) => scalar(evalNode(args[i], ctx));
  switch (name) {
    case "SUM": {
      const ns = collectNumbers(args, ctx);
      if (isErrorValue(ns)) return ns;
      let s = 0;
      for (let i = 0; i < ns.length; i++) s += ns[i];
      return s;
    }
    case "MIN":
    case "MAX": {
      const ns = collectNumbers(args, ctx);
      if (isErrorValue(ns)) return ns;
      if (!ns.length) return 0;
      let r = ns[0];
      for (let i = 1; i < ns.length; i++) r = name === "MIN" ? Math.min(r, ns[i]) : Math.max(r, ns[i]);
      return r;
    }
    case "AVERAGE": {
      const ns = collectNumbers(args, ctx);
      if (isErrorValue(ns)) return ns;
      if (!ns.length) return ERR("#DIV/0!");
      let s = 0;
      for (let i = 0; i < ns.length; i++) s += ns[i];
      return s / ns.length;
    }
    case "COUNT": {
      const ns = collectNumbers(args, ctx, true);
      return isErrorValue(ns) ? 0 : ns.length;
    }
    case "COUNTA": {
      let n = 0;
      for (let i = 0; i < args.length; i++) {
        const v = evalNode(args[i], ctx);
        const m = isMatrix(v) ? v.m : [[v]];
        for (let r = 0; r < m.length; r++) for (let c = 0; c < m[r].length; c++) if (m[r][c] !== null) n++;
      }
      return n;
    }
    case "ROUND":
    case "ROUNDUP":
    case "ROUNDDOWN": {
      argCount(name, args, 2, 2);
      const x = toNumber(arg(0));
      if (isErrorValue(x)) return x;
      const d = toNumber(arg(1));
      if (isErrorValue(d)) return d;
      return roundHalfAway(x, d, name === "ROUND" ? "round" : name === "ROUNDUP" ? "up" : "down");
    }
    case "INT": {
      argCount(name, args, 1, 1);
      const x = toNumber(arg(0));
      return isErrorValue(x) ? x : Math.floor(x);
    }
    case "ABS": {
      argCount(name, args, 1, 1);
      const x = toNumber(arg(0));
      return isErrorValue(x) ? x : Math.abs(x);
    }
    case "IF": {
      argCount(name, args, 1, 3);
      const c = toBool(arg(0));
      if (isErrorValue(c)) return c;
      if (c) return args.length > 1 ? (args[1].t === "missing" ? 0 : evalNode(args[1], ctx)) : true;
      return args.length > 2 ? (args[2].t === "missing" ? 0 : evalNode(args[2], ctx)) : false;
    }
    case "IFERROR": {
      argCount(name, args, 2, 2);
      const v = scalar(evalNode(args[0], ctx));
      if (isErrorValue(v)) return args[1].t === "missing" ? 0 : evalNode(args[1], ctx);
      return v;
    }
    case "AND":
    case "OR": {
      let acc = name === "AND";
      let seen = false;
      for (let i = 0; i < args.length; i++) {
        const v = evalNode(args[i], ctx);
        const m = isMatrix(v) ? v.m : [[v]];
        for (let r = 0; r < m.length; r++) {
          for (let c = 0; c < m[r].length; c++) {
            const x = m[r][c];
            if (isErrorValue(x)) return x;
            if (x === null || (typeof x === "string" && isMatrix(v))) continue;
            const b = toBool(x);
            if (isErrorValue(b)) return b;
            seen = true;
            acc = name === "AND" ? acc && b : acc || b;
          }
        }
      }
      return seen ? acc : ERR("#VALUE!");
    }
    case "NOT": {
      argCount(name, args, 1, 1);
      const b = toBool(arg(0));
      return isErrorValue(b) ? b : !b;
    }
    case "TRUE":
      return true;
    case "FALSE":
      return false;
    case "ISTEXT":
    case "ISNUMBER":
    case "ISBLANK":
    case "ISERROR": {
      argCount(name, args, 1, 1);
      const v = arg(0);
      if (name === "ISTEXT") return typeof v === "string";
      if (name === "ISNUMBER") return typeof v === "number";
      if (name === "ISBLANK") return v === null && (args[0].t === "ref" || args[0].t === "area");
      return isErrorValue(v);
    }
    case "LEN": {
      argCount(name, args, 1, 1);
      const t = toText(arg(0));
      return isErrorValue(t) ? t : t.length;
    }
    case "CONCATENATE": {
      let s = "";
      for (let i = 0; i < args.length; i++) {
        const t = toText(arg(i));
        if (isErrorValue(t)) return t;
        s += t;
      }
      return s;
    }
  }
  throw new Unsupported("function " + name);
}

/** True for the error literals Excel accepts in a formula. */
export function isFormulaErrorLiteral(s: string): boolean {
  return isErrorLiteral(s);
}
