// A small, strict XML 1.0 parser for the add-in manifest: well-formedness, namespaces, line numbers.
// No DTDs (a manifest has none); everything else a manifest can contain is handled: prolog, comments,
// processing instructions, CDATA, character and predefined entity references.

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export interface XmlAttribute {
  /** Qualified name as written, e.g. "xsi:type". */
  name: string;
  prefix: string;
  local: string;
  /** Namespace URI; "" for unprefixed attributes. */
  ns: string;
  value: string;
  line: number;
  col: number;
}

export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Character data directly inside this element (CDATA included), entities decoded. */
  text: string;
  line: number;
  col: number;
  parent: XmlElement | null;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`第 ${line} 行第 ${col} 列：${message}`);
    this.name = "XmlSyntaxError";
  }
}

const NAME_START = "A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_CHAR = NAME_START + "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, "y");
const WHITESPACE = /[ \t\r\n]*/y;
// XML 1.0 Char excludes C0 controls other than tab, LF and CR (and lone surrogates, which JS strings can hold).
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PREDEFINED: { [name: string]: string } = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Parses a whole document and returns its root element; throws XmlSyntaxError on the first problem. */
export function parseXml(source: string): XmlElement {
  return new Parser(source).document();
}

/** Value of an attribute by namespace URI ("" for none) and local name. */
export function attr(element: XmlElement, local: string, ns = ""): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.ns === ns) return a.value;
  return undefined;
}

export function childElements(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** Depth-first, document order, including `element` itself. */
export function walk(element: XmlElement, visit: (e: XmlElement) => void): void {
  visit(element);
  for (const c of element.children) walk(c, visit);
}

/** The local part of a QName-valued attribute such as xsi:type="bt:Foo". */
export function localPart(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

class Parser {
  private pos = 0;
  private readonly lineStarts: number[] = [0];

  constructor(private readonly src: string) {
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1; // BOM
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  document(): XmlElement {
    if (this.src.startsWith("<?xml", this.pos) && /[ \t\r\n?]/.test(this.src.charAt(this.pos + 5))) this.xmlDeclaration();
    this.misc();
    if (this.pos >= this.src.length) this.fail("文档中没有根元素");
    if (this.src.startsWith("<!DOCTYPE", this.pos)) this.fail("清单不应包含 DOCTYPE 声明");
    if (this.src.charAt(this.pos) !== "<") this.fail("根元素之前不能有文本");
    const root = this.element(null);
    this.misc();
    if (this.pos < this.src.length) {
      if (this.src.charAt(this.pos) === "<") this.fail("文档只能有一个根元素，根元素结束后又出现了元素");
      this.fail("根元素结束后不能再有文本");
    }
    return root;
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private position(index: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: index - this.lineStarts[lo] + 1 };
  }

  private fail(message: string, at = this.pos): never {
    const p = this.position(at);
    throw new XmlSyntaxError(message, p.line, p.col);
  }

  private skipWhitespace(): boolean {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.exec(this.src);
    const moved = WHITESPACE.lastIndex > this.pos;
    this.pos = WHITESPACE.lastIndex;
    return moved;
  }

  private name(what: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail(`这里应是${what}名称`);
    this.pos = NAME.lastIndex;
    return m[0];
  }

  private expect(text: string, message: string): void {
    if (!this.src.startsWith(text, this.pos)) this.fail(message);
    this.pos += text.length;
  }

  private checkChars(text: string, start: number): void {
    const m = BAD_CHAR.exec(text);
    if (m) this.fail(`非法字符 U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, start + m.index);
  }

  /** Decodes entity and character references in `raw`, which starts at `start` in the source. */
  private decode(raw: string, start: number): string {
    this.checkChars(raw, start);
    if (raw.indexOf("&") < 0) return raw;
    let out = "";
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf("&", i);
      if (amp < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, amp);
      const semi = raw.indexOf(";", amp);
      const ref = semi < 0 ? "" : raw.slice(amp + 1, semi);
      let decoded: string | undefined;
      if (/^#[0-9]+$/.test(ref)) decoded = this.codePoint(parseInt(ref.slice(1), 10), start + amp);
      else if (/^#x[0-9A-Fa-f]+$/.test(ref)) decoded = this.codePoint(parseInt(ref.slice(2), 16), start + amp);
      else if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) decoded = PREDEFINED[ref];
      if (decoded === undefined) {
        this.fail(ref ? `未知的实体引用 &${ref};` : "“&”必须写成 &amp;（或是完整的实体引用）", start + amp);
      }
      out += decoded;
      i = semi + 1;
    }
    return out;
  }

  private codePoint(cp: number, at: number): string {
    const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!ok) this.fail(`字符引用指向非法字符 U+${cp.toString(16).toUpperCase()}`, at);
    return String.fromCodePoint(cp);
  }

  // ---- prolog and misc ------------------------------------------------------------------------------------------

  private xmlDeclaration(): void {
    const start = this.pos;
    const end = this.src.indexOf("?>", this.pos);
    if (end < 0) this.fail("XML 声明没有以“?>”结束");
    const body = this.src.slice(this.pos + 5, end);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(body)) {
      this.fail("XML 声明格式不对（应为 <?xml version=\"1.0\" encoding=\"UTF-8\"?>）", start);
    }
    const enc = /encoding\s*=\s*["']([^"']+)["']/.exec(body);
    if (enc && !/^utf-?8$/i.test(enc[1])) this.fail(`清单应使用 UTF-8 编码，声明的是 ${enc[1]}`, start);
    this.pos = end + 2;
  }

  /** Whitespace, comments and processing instructions outside the root element. */
  private misc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.src.startsWith("<!--", this.pos)) this.comment();
      else if (this.src.startsWith("<?", this.pos)) this.processingInstruction();
      else return;
    }
  }

  private comment(): void {
    const start = this.pos;
    const end = this.src.indexOf("-->", this.pos + 4);
    if (end < 0) this.fail("注释没有以“-->”结束", start);
    const body = this.src.slice(this.pos + 4, end);
    const dash = body.indexOf("--");
    if (dash >= 0 || body.endsWith("-")) this.fail("注释中不能出现“--”", this.pos + 4 + (dash >= 0 ? dash : body.length - 1));
    this.checkChars(body, this.pos + 4);
    this.pos = end + 3;
  }

  private processingInstruction(): void {
    const start = this.pos;
    this.pos += 2;
    const target = this.name("处理指令");
    if (target.toLowerCase() === "xml") this.fail("XML 声明只能出现在文件最开头", start);
    const end = this.src.indexOf("?>", this.pos);
    if (end < 0) this.fail("处理指令没有以“?>”结束", start);
    this.pos = end + 2;
  }

  // ---- elements -------------------------------------------------------------------------------------------------

  private element(parent: XmlElement | null): XmlElement {
    // Iterative over nesting depth, so a deeply nested file cannot overflow the stack.
    const root = this.startTag(parent);
    if (root.selfClosing) return root.element;
    const stack: Array<{ element: XmlElement; scope: NamespaceScope }> = [{ element: root.element, scope: root.scope }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const lt = this.src.indexOf("<", this.pos);
      if (lt < 0) this.fail(`元素 <${top.element.name}>（第 ${top.element.line} 行）没有结束标签`, this.src.length);
      if (lt > this.pos) this.text(top.element, this.pos, lt);
      this.pos = lt;
      if (this.src.startsWith("</", this.pos)) {
        const start = this.pos;
        this.pos += 2;
        const name = this.name("结束标签");
        this.skipWhitespace();
        this.expect(">", `结束标签 </${name}> 没有以“>”结束`);
        if (name !== top.element.name) {
          this.fail(`结束标签 </${name}> 与第 ${top.element.line} 行的开始标签 <${top.element.name}> 不匹配`, start);
        }
        stack.pop();
      } else if (this.src.startsWith("<!--", this.pos)) {
        this.comment();
      } else if (this.src.startsWith("<![CDATA[", this.pos)) {
        const end = this.src.indexOf("]]>", this.pos + 9);
        if (end < 0) this.fail("CDATA 段没有以“]]>”结束");
        const body = this.src.slice(this.pos + 9, end);
        this.checkChars(body, this.pos + 9);
        top.element.text += body;
        this.pos = end + 3;
      } else if (this.src.startsWith("<!", this.pos)) {
        this.fail("元素内不允许这种声明");
      } else if (this.src.startsWith("<?", this.pos)) {
        this.processingInstruction();
      } else {
        const child = this.startTag(top.element, top.scope);
        top.element.children.push(child.element);
        if (!child.selfClosing) stack.push({ element: child.element, scope: child.scope });
      }
    }
    return root.element;
  }

  private text(element: XmlElement, start: number, end: number): void {
    const raw = this.src.slice(start, end);
    const bad = raw.indexOf("]]>");
    if (bad >= 0) this.fail("文本中不能出现“]]>”", start + bad);
    element.text += this.decode(raw, start);
  }

  private startTag(parent: XmlElement | null, parentScope: NamespaceScope = ROOT_SCOPE): { element: XmlElement; scope: NamespaceScope; selfClosing: boolean } {
    const start = this.pos;
    this.pos += 1;
    const name = this.name("元素");
    const raw: Array<{ name: string; value: string; at: number }> = [];
    for (;;) {
      const hadSpace = this.skipWhitespace();
      const c = this.src.charAt(this.pos);
      if (c === ">" || c === "/") break;
      if (this.pos >= this.src.length) this.fail(`开始标签 <${name}> 没有结束`, start);
      if (!hadSpace) this.fail(`元素 <${name}> 的属性之间要有空白`);
      const at = this.pos;
      const attrName = this.name("属性");
      this.skipWhitespace();
      this.expect("=", `属性 ${attrName} 后面应是“=”`);
      this.skipWhitespace();
      const quote = this.src.charAt(this.pos);
      if (quote !== '"' && quote !== "'") this.fail(`属性 ${attrName} 的值要用引号括起来`);
      const close = this.src.indexOf(quote, this.pos + 1);
      if (close < 0) this.fail(`属性 ${attrName} 的值没有结束引号`, at);
      const rawValue = this.src.slice(this.pos + 1, close);
      const lt = rawValue.indexOf("<");
      if (lt >= 0) this.fail(`属性 ${attrName} 的值中不能出现“<”`, this.pos + 1 + lt);
      // Attribute-value normalisation: literal tab/CR/LF become spaces; references are decoded afterwards.
      const value = this.decode(rawValue.replace(/\r\n|[\t\r\n]/g, " "), this.pos + 1);
      for (const r of raw) if (r.name === attrName) this.fail(`元素 <${name}> 的属性 ${attrName} 重复`, at);
      raw.push({ name: attrName, value, at });
      this.pos = close + 1;
    }
    let selfClosing = false;
    if (this.src.charAt(this.pos) === "/") {
      this.pos += 1;
      this.expect(">", `开始标签 <${name}> 中“/”后面应是“>”`);
      selfClosing = true;
    } else {
      this.pos += 1;
    }

    // Namespaces: declarations on this tag apply to the tag itself and its attributes.
    let scope = parentScope;
    for (const r of raw) {
      if (r.name === "xmlns" || r.name.startsWith("xmlns:")) {
        const prefix = r.name === "xmlns" ? "" : r.name.slice(6);
        if (prefix === "xmlns" || (prefix === "xml" && r.value !== XML_NS)) this.fail(`不能声明前缀 ${prefix}`, r.at);
        if (prefix && !r.value) this.fail(`前缀 ${prefix} 的命名空间不能为空`, r.at);
        if (scope === parentScope) scope = Object.create(parentScope) as NamespaceScope;
        scope[prefix] = r.value;
      }
    }
    const split = (qname: string, at: number, isElement: boolean): { prefix: string; local: string; ns: string } => {
      const parts = qname.split(":");
      if (parts.length > 2 || parts[0] === "" || parts[parts.length - 1] === "") this.fail(`名称 ${qname} 不符合命名空间规范`, at);
      if (parts.length === 1) return { prefix: "", local: qname, ns: isElement ? scope[""] || "" : "" };
      const ns = parts[0] === "xmlns" ? XMLNS_NS : scope[parts[0]];
      if (ns === undefined) this.fail(`前缀 ${parts[0]} 没有声明命名空间`, at);
      return { prefix: parts[0], local: parts[1], ns };
    };
    const p = this.position(start);
    const qn = split(name, start + 1, true);
    const element: XmlElement = { name, prefix: qn.prefix, local: qn.local, ns: qn.ns, attributes: [], children: [], text: "", line: p.line, col: p.col, parent };
    for (const r of raw) {
      const an = r.name === "xmlns" ? { prefix: "", local: "xmlns", ns: XMLNS_NS } : split(r.name, r.at, false);
      const ap = this.position(r.at);
      for (const other of element.attributes) {
        if (other.ns && other.ns === an.ns && other.local === an.local) this.fail(`元素 <${name}> 中属性 {${an.ns}}${an.local} 重复`, r.at);
      }
      element.attributes.push({ name: r.name, prefix: an.prefix, local: an.local, ns: an.ns, value: r.value, line: ap.line, col: ap.col });
    }
    return { element, scope, selfClosing };
  }
}

interface NamespaceScope {
  [prefix: string]: string;
}

// Never mutated: a tag that declares namespaces gets its own scope object inheriting from its parent's.
const ROOT_SCOPE: NamespaceScope = { xml: XML_NS };
