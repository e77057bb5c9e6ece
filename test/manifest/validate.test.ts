// The offline manifest validation (npm run validate): the committed manifest passes, and each kind of breakage
// a hand edit can introduce fails with its own zh-CN message.
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ManifestIssue, ValidateOptions, ValidationResult } from "../../src/manifest/validate";
import { DEV_ORIGIN, findAssociatedIds, formatIssues, readPngSize, rebaseManifest, validateManifest, validateManifestFile } from "../../src/manifest/validate";
import { attr, parseXml, XmlSyntaxError } from "../../src/manifest/xml";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeIcon, SIZES } = require("../../scripts/make-icons.js") as { makeIcon(size: number): Buffer; SIZES: number[] };

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const COMMANDS = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
const PACKAGE_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;

function validate(xml: string, options: Partial<ValidateOptions> = {}): ValidationResult {
  return validateManifest(xml, { assetsRoot: ROOT, commandsSource: COMMANDS, packageVersion: PACKAGE_VERSION, ...options });
}

/** The manifest with `from` replaced by `to`; `from` must occur exactly once. */
function edit(from: string, to: string, xml = MANIFEST): string {
  const parts = xml.split(from);
  if (parts.length !== 2) throw new Error(`expected exactly one "${from}" in the manifest, found ${parts.length - 1}`);
  return parts.join(to);
}

function codes(issues: ManifestIssue[]): string[] {
  return issues.map((i) => i.code);
}

function lineOf(text: string, xml = MANIFEST): number {
  return xml.slice(0, xml.indexOf(text)).split("\n").length;
}

/** Exactly one error with this code; returns it. */
function onlyError(r: ValidationResult, code: string): ManifestIssue {
  expect(codes(r.errors)).toEqual([code]);
  return r.errors[0];
}

describe("the committed manifest", () => {
  test("passes with no errors and no warnings", () => {
    const r = validate(MANIFEST);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  test("passes through validateManifestFile, as `npm run validate` runs it", () => {
    const r = validateManifestFile(path.join(ROOT, "manifest.xml"), ROOT);
    expect(formatIssues(r, "manifest.xml")).toEqual([]);
  });

  test("has what the ribbon needs: Home tab group 自评表助手 with 一键检查 (ExecuteFunction) and 打开助手 (ShowTaskpane)", () => {
    const root = parseXml(MANIFEST);
    const all: Array<ReturnType<typeof parseXml>> = [];
    const visit = (e: ReturnType<typeof parseXml>) => {
      all.push(e);
      e.children.forEach(visit);
    };
    visit(root);
    const strings = new Map<string, { en: string; zh?: string }>();
    for (const s of all.filter((e) => e.local === "String")) {
      const zh = s.children.find((o) => attr(o, "Locale") === "zh-CN");
      strings.set(attr(s, "id")!, { en: attr(s, "DefaultValue")!, zh: zh && attr(zh, "Value") });
    }
    const tab = all.find((e) => e.local === "OfficeTab")!;
    expect(attr(tab, "id")).toBe("TabHome");
    const group = tab.children.find((e) => e.local === "Group")!;
    const label = (e: ReturnType<typeof parseXml>) => strings.get(attr(e.children.find((c) => c.local === "Label")!, "resid")!)!.zh;
    expect(label(group)).toBe("自评表助手");
    const controls = group.children.filter((e) => e.local === "Control");
    expect(controls.map(label)).toEqual(["一键检查", "打开助手"]);
    const actionType = (c: ReturnType<typeof parseXml>) => attr(c.children.find((e) => e.local === "Action")!, "type", "http://www.w3.org/2001/XMLSchema-instance");
    expect(controls.map(actionType)).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    expect(all.find((e) => e.local === "FunctionName")!.text).toBe("checkAndHighlight");
    const display = all.find((e) => e.local === "DisplayName")!;
    expect(attr(display.children[0], "Value")).toBe("自评表助手");
  });

  test("every URL uses the one dev origin, so a deployment build rewrites a single string", () => {
    const urls = MANIFEST.match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !/schemas\.microsoft\.com|www\.w3\.org/.test(u));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u === DEV_ORIGIN || u.startsWith(DEV_ORIGIN + "/")).toBe(true);
  });

  test("rebased onto an intranet origin it still passes and keeps no localhost URL", () => {
    const rebased = rebaseManifest(MANIFEST, "https://ziping.czj.example.gov.cn:8443/");
    expect(rebased).not.toContain("localhost");
    expect(rebased).toContain('SourceLocation DefaultValue="https://ziping.czj.example.gov.cn:8443/taskpane.html"');
    expect(validate(rebased).issues).toEqual([]);
    expect(() => rebaseManifest(MANIFEST, "http://intranet/")).toThrow(/https/);
    // A folder on an intranet server.
    expect(rebaseManifest(MANIFEST, "https://oa.czj.gov.cn/addins/ziping/")).toContain('SourceLocation DefaultValue="https://oa.czj.gov.cn/addins/ziping/taskpane.html"');
  });
});

describe("broken copies fail with the right message", () => {
  test("not well-formed XML: a missing end tag, with its line", () => {
    const r = validate(edit("</Hosts>\n  <DefaultSettings>", "\n  <DefaultSettings>"));
    const e = onlyError(r, "xml-syntax");
    expect(e.message).toMatch(/^XML 格式错误：第 \d+ 行第 \d+ 列：结束标签 <\/OfficeApp> 与第 \d+ 行的开始标签 <Hosts> 不匹配/);
  });

  test("a bare & in an attribute", () => {
    const r = validate(edit('DefaultValue="Ziping"', 'DefaultValue="Ziping & Co"'));
    expect(onlyError(r, "xml-syntax").message).toContain("“&”必须写成 &amp;");
    expect(r.errors[0].line).toBe(lineOf('DefaultValue="Ziping"'));
  });

  test("missing resid: a label refers to a string that is not defined (and the orphan is warned)", () => {
    const r = validate(edit('<Label resid="Group.Label"/>', '<Label resid="Group.Title"/>'));
    const e = onlyError(r, "resid-undefined");
    expect(e.message).toBe('<Label> 引用的 resid "Group.Title" 未定义（应在 <bt:ShortStrings> 中定义）');
    expect(e.line).toBe(lineOf('<Label resid="Group.Label"/>'));
    expect(r.warnings.map((w) => w.message)).toEqual(['资源 "Group.Label"（<bt:ShortStrings>）没有被引用']);
  });

  test("resid of the wrong kind: a label pointing at an image", () => {
    const r = validate(edit('<Label resid="Group.Label"/>', '<Label resid="Icon.16x16"/>'));
    expect(onlyError(r, "resid-wrong-kind").message).toBe('<Label> 引用的 resid "Icon.16x16" 定义在 <bt:Images> 中，应在 <bt:ShortStrings> 中');
  });

  test("duplicate and over-long resource ids", () => {
    const dup = validate(edit('<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"'));
    expect(codes(dup.errors).sort()).toEqual(["resid-duplicate", "resid-undefined"]);
    expect(dup.errors.find((e) => e.code === "resid-duplicate")!.message).toMatch(/^资源 id "Taskpane.Url" 重复定义（第 \d+ 行已定义）$/);
    const long = "Group.Label.ThatIsFarTooLongForOffice";
    const r = validate(edit('"Group.Label"', `"${long}"`, edit('<Label resid="Group.Label"/>', `<Label resid="${long}"/>`)));
    expect(codes(r.errors)).toEqual(["resid-too-long", "resid-too-long"]);
    expect(r.errors[0].message).toContain("超过上限 32");
  });

  test("wrong order in <OfficeApp>: Version after ProviderName", () => {
    const r = validate(edit("  <Version>0.1.0.0</Version>\n  <ProviderName>Ziping</ProviderName>", "  <ProviderName>Ziping</ProviderName>\n  <Version>0.1.0.0</Version>"));
    const e = onlyError(r, "element-order");
    expect(e.message).toMatch(/^<Version> 的位置不对：在 <OfficeApp> 中它应排在 <ProviderName> 之前（XSD 规定的顺序：Id → AlternateId → Version → ProviderName/);
    expect(e.line).toBe(lineOf("<ProviderName>"));
  });

  test("wrong order in <OfficeApp>: Permissions before DefaultSettings", () => {
    const moved = edit("  <DefaultSettings>", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>", edit("  <Permissions>ReadWriteDocument</Permissions>\n", ""));
    expect(onlyError(validate(moved), "element-order").message).toContain("<DefaultSettings> 的位置不对：在 <OfficeApp> 中它应排在 <Permissions> 之前");
  });

  test("wrong order inside a VersionOverrides button: Icon after Action", () => {
    const control = MANIFEST.slice(MANIFEST.indexOf('<Control xsi:type="Button" id="Ziping.OpenButton">'), MANIFEST.indexOf("</Control>", MANIFEST.indexOf("Ziping.OpenButton")));
    const icon = control.slice(control.indexOf("<Icon>"), control.indexOf("</Icon>") + "</Icon>".length);
    const swapped = control.replace(icon, "").replace("</Action>", "</Action>\n" + icon);
    const r = validate(edit(control, swapped));
    expect(onlyError(r, "element-order").message).toMatch(/^<Icon> 的位置不对：在 <Control> 中它应排在 <Action> 之前（XSD 规定的顺序：Label → Supertip → Icon → Action/);
  });

  test("wrong order in <Resources>: strings before images", () => {
    const images = MANIFEST.slice(MANIFEST.indexOf("      <bt:Images>"), MANIFEST.indexOf("</bt:Images>") + "</bt:Images>\n".length);
    const r = validate(edit("    </Resources>", images + "    </Resources>", edit(images, "")));
    expect(codes(r.errors)).toEqual(["element-order"]);
    expect(r.errors[0].message).toContain("<bt:Images> 的位置不对：在 <Resources> 中它应排在 <bt:LongStrings> 之前");
  });

  test("missing and unknown elements", () => {
    const missing = validate(edit("  <Permissions>ReadWriteDocument</Permissions>\n", ""));
    expect(onlyError(missing, "element-missing").message).toMatch(/^<OfficeApp> 缺少必需的子元素 <Permissions>/);
    const unknown = validate(edit('<Title resid="CheckButton.Label"/>', '<Title resid="CheckButton.Label"/>\n<Subtitle resid="CheckButton.Label"/>'));
    expect(onlyError(unknown, "element-unknown").message).toMatch(/^<Subtitle> 不是 <Supertip> 的合法子元素（允许的子元素依次是：Title → Description）/);
  });

  test("an element in the wrong namespace", () => {
    const r = validate(edit('<bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32"', '<Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32"'));
    expect(onlyError(r, "namespace").message).toContain(`<Image> 的命名空间应是 http://schemas.microsoft.com/office/officeappbasictypes/1.0`);
  });

  test("http URL to another host is an error; http://localhost only a warning", () => {
    const external = validate(edit('"https://localhost:3000/taskpane.html"/>\n        <bt:Url', '"http://cdn.example.com/taskpane.html"/>\n        <bt:Url'));
    expect(onlyError(external, "url-not-https").message).toBe("http://cdn.example.com/taskpane.html 必须使用 HTTPS（Office 只从 HTTPS 加载加载项页面和图标）");
    const local = validate(edit('<bt:Url id="Support.Url" DefaultValue="https://localhost:3000/', '<bt:Url id="Support.Url" DefaultValue="http://localhost:3000/'));
    expect(local.errors).toEqual([]);
    expect(codes(local.warnings)).toEqual(["url-not-https"]);
    const invalid = validate(edit('<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>', '<SupportUrl DefaultValue="support.html"/>'));
    expect(onlyError(invalid, "url-invalid").message).toBe("“support.html”不是有效的绝对 URL");
  });

  test("an https URL on an external host (a CDN) is an error", () => {
    const r = validate(edit('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://cdn.example.com/icon-80.png"/>'));
    expect(onlyError(r, "url-external").message).toContain("指向 https://cdn.example.com，与加载项自身的来源 https://localhost:3000 不同");
  });

  test("AppDomains to an external host", () => {
    const r = validate(edit("  <Hosts>\n    <Host Name", "  <AppDomains>\n    <AppDomain>https://login.example.com</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name"));
    expect(onlyError(r, "appdomain-external").message).toBe("<AppDomain> https://login.example.com 是外部主机：自评表助手不访问外部网站，不应声明额外的 AppDomains");
  });

  test("unknown FunctionName: not registered with Office.actions.associate", () => {
    const r = validate(edit("<FunctionName>checkAndHighlight</FunctionName>", "<FunctionName>checkForm</FunctionName>"));
    expect(onlyError(r, "function-unregistered").message).toBe(
      '<FunctionName>checkForm</FunctionName> 没有在 src/commands/commands.ts 中用 Office.actions.associate("checkForm", …) 注册（已注册：checkAndHighlight）',
    );
    expect(codes(r.warnings)).toEqual(["function-unused"]);
    const none = validate(MANIFEST, { commandsSource: "Office.onReady(() => {});" });
    expect(onlyError(none, "function-unregistered").message).toContain("（一个也没有注册）");
  });

  test("ExecuteFunction without a FunctionFile", () => {
    const r = validate(edit('          <FunctionFile resid="Commands.Url"/>\n', ""));
    expect(codes(r.errors)).toEqual(["function-file-missing"]);
    expect(codes(r.warnings)).toEqual(["resid-unused"]);
  });

  test("missing icon file", () => {
    const r = validate(edit('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-48.png"/>'));
    expect(onlyError(r, "icon-missing").message).toBe("https://localhost:3000/assets/icon-48.png 对应的文件 assets/icon-48.png 不存在");
  });

  test("icon of the wrong pixel size, and a file that is not a PNG", () => {
    const wrong = validate(edit('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>'));
    expect(onlyError(wrong, "icon-size").message).toBe("assets/icon-80.png 是 80×80 像素，这里需要 64×64");
    const ribbon = validate(edit('<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>', '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>'));
    expect(onlyError(ribbon, "icon-size").message).toBe("assets/icon-32.png 是 32×32 像素，这里需要 16×16");
    const junk = validate(MANIFEST, { readFile: (f) => (f.endsWith("icon-80.png") ? Buffer.from("GIF89a, not a png at all, really not") : fs.readFileSync(f)) });
    expect(onlyError(junk, "icon-not-png").message).toBe("assets/icon-80.png 不是有效的 PNG 图片");
  });

  test("a ribbon icon without its 80×80 image", () => {
    const r = validate(edit('<bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control xsi:type="Button" id="Ziping.CheckButton">', '</Icon>\n                <Control xsi:type="Button" id="Ziping.CheckButton">'));
    expect(onlyError(r, "icon-sizes-missing").message).toBe("<Icon> 缺少 80×80 的图片（功能区图标必须有 16、32、80 三种尺寸）");
  });

  test("too-long strings: ShortStrings > 125, LongStrings > 250, DisplayName > 125", () => {
    const at125 = "字".repeat(125);
    expect(validate(edit('Value="一键检查"', `Value="${at125}"`)).issues).toEqual([]);
    const short = validate(edit('Value="一键检查"', `Value="${at125}查"`));
    expect(onlyError(short, "string-too-long").message).toMatch(/^<bt:ShortStrings> 中 "CheckButton.Label" 的文字有 126 个字符，超过上限 125：“字{40}…”$/);
    const long = validate(edit('DefaultValue="Open a self-assessment form', `DefaultValue="${"x".repeat(200)}Open a self-assessment form`));
    expect(onlyError(long, "string-too-long").message).toMatch(/^<bt:LongStrings> 中 "GetStarted.Description" 的文字有 268 个字符，超过上限 250/);
    const display = validate(edit('<Override Locale="zh-CN" Value="自评表助手"/>\n  </DisplayName>', `<Override Locale="zh-CN" Value="${"长".repeat(126)}"/>\n  </DisplayName>`));
    expect(onlyError(display, "string-too-long").message).toMatch(/^<DisplayName> 的文字有 126 个字符，超过上限 125/);
  });

  test("a display string without its zh-CN override", () => {
    const r = validate(edit('\n          <bt:Override Locale="zh-CN" Value="打开助手"/>', ""));
    expect(onlyError(r, "locale-missing").message).toBe('<bt:ShortStrings> 中 "OpenButton.Label" 缺少 zh-CN 译文（<bt:Override Locale="zh-CN" Value="…"/>）');
    const top = validate(edit('\n    <Override Locale="zh-CN" Value="自评表助手"/>', ""));
    expect(onlyError(top, "locale-missing").message).toBe('<DisplayName> 缺少 zh-CN 译文（<Override Locale="zh-CN" Value="…"/>）');
  });

  test("permissions other than ReadWriteDocument", () => {
    const r = validate(edit("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"));
    expect(onlyError(r, "permissions").message).toBe("<Permissions> 应是 ReadWriteDocument（检查要读表，重算和标记要写表），实际是“ReadDocument”");
  });

  test("Id, Version and root type", () => {
    expect(onlyError(validate(edit("<Id>7661601e-e872-4a43-8bf6-1c3a920f4038</Id>", "<Id>ziping</Id>")), "id-format").message).toContain("<Id> 应是 GUID");
    expect(onlyError(validate(edit("<Version>0.1.0.0</Version>", "<Version>v1</Version>")), "version-format").message).toContain("<Version> 应是 1 到 4 段数字");
    const drift = validate(edit("<Version>0.1.0.0</Version>", "<Version>0.2.0.0</Version>"));
    expect(drift.errors).toEqual([]);
    expect(codes(drift.warnings)).toEqual(["version-mismatch"]);
    expect(onlyError(validate(edit('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"')), "root-type").message).toContain('应声明 xsi:type="TaskPaneApp"');
  });

  test("duplicate control ids", () => {
    const r = validate(edit('id="Ziping.OpenButton"', 'id="Ziping.CheckButton"'));
    expect(onlyError(r, "id-duplicate").message).toMatch(/^id "Ziping.CheckButton" 重复（第 \d+ 行已使用）/);
  });
});

describe("npm run validate (scripts/validate-manifest.js)", () => {
  function run(args: string[]): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js")].concat(args), { cwd: ROOT });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("close", (code) => resolve({ code, out }));
    });
  }

  test("exits 0 on the committed manifest and 1 with zh-CN messages on a broken copy", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ziping-manifest-"));
    try {
      const broken = path.join(dir, "manifest.xml");
      fs.writeFileSync(broken, edit("<FunctionName>checkAndHighlight</FunctionName>", "<FunctionName>nope</FunctionName>"));
      const [good, bad] = await Promise.all([run([]), run([broken])]);
      expect(good.out).toContain("manifest.xml 检查通过（离线结构检查）");
      expect(good.code).toBe(0);
      expect(bad.code).toBe(1);
      // no assets/ next to the copy: the icons are reported missing too
      expect(bad.out).toMatch(/manifest\.xml:\d+: 错误：<FunctionName>nope<\/FunctionName> 没有在 src\/commands\/commands\.ts 中用 Office\.actions\.associate/);
      expect(bad.out).toContain("错误：https://localhost:3000/assets/icon-32.png 对应的文件 assets/icon-32.png 不存在");
      expect(bad.out).toMatch(/检查未通过：\d+ 个错误/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});

describe("Office.actions.associate ids from the commands source", () => {
  test("the committed commands.ts registers checkAndHighlight", () => {
    expect(findAssociatedIds(COMMANDS).ids.map((i) => i.id)).toEqual(["checkAndHighlight"]);
  });

  test("literal ids with lines; comments and strings ignored; computed ids reported", () => {
    const src = [
      "// Office.actions.associate(\"commented\", f);",
      'const s = "Office.actions.associate(\'inString\', f)";',
      "Office.onReady(() => {",
      '  Office.actions.associate("one", f);',
      "  Office.actions.associate(`two`, g);",
      "  Office.actions.associate(name, h);",
      "});",
    ].join("\n");
    const r = findAssociatedIds(src);
    expect(r.ids).toEqual([
      { id: "one", line: 4 },
      { id: "two", line: 5 },
    ]);
    expect(r.dynamic).toEqual([6]);
  });
});

describe("icons", () => {
  test("scripts/make-icons.js draws PNGs of each size, matching the committed ones in size", () => {
    expect(SIZES).toEqual([16, 32, 64, 80, 128]);
    for (const size of SIZES) {
      expect(readPngSize(makeIcon(size))).toEqual({ width: size, height: size });
      expect(readPngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  test("readPngSize rejects non-PNG bytes and a corrupted header", () => {
    const png = makeIcon(16);
    expect(readPngSize(Buffer.from("not a png"))).toBeNull();
    const corrupt = Buffer.from(png);
    corrupt[17] ^= 0xff; // width byte: IHDR CRC no longer matches
    expect(readPngSize(corrupt)).toBeNull();
  });
});

describe("the XML parser", () => {
  test("namespaces, entities, CDATA and line numbers", () => {
    const root = parseXml('<?xml version="1.0" encoding="utf-8"?>\n<!-- c -->\n<a xmlns="urn:a" xmlns:b="urn:b" b:x="1 &amp; 2">\n  <b:c>x &lt; y &#x4E2D;<![CDATA[<raw>]]></b:c>\n</a>\n');
    expect(root.ns).toBe("urn:a");
    expect(root.attributes.find((a) => a.local === "x")).toMatchObject({ ns: "urn:b", value: "1 & 2" });
    const c = root.children[0];
    expect(c).toMatchObject({ local: "c", prefix: "b", ns: "urn:b", line: 4, col: 3 });
    expect(c.text).toBe("x < y 中<raw>");
  });

  test.each([
    ["<a><b></a>", "结束标签 </a> 与第 1 行的开始标签 <b> 不匹配"],
    ["<a>", "元素 <a>（第 1 行）没有结束标签"],
    ['<a x="1" x="2"/>', "属性 x 重复"],
    ["<a x=1/>", "属性 x 的值要用引号括起来"],
    ["<p:a/>", "前缀 p 没有声明命名空间"],
    ["<a/><b/>", "文档只能有一个根元素"],
    ["<a>&nbsp;</a>", "未知的实体引用 &nbsp;"],
    ["<a><!-- a -- b --></a>", "注释中不能出现“--”"],
    ['<!DOCTYPE a SYSTEM "x"><a/>', "不应包含 DOCTYPE"],
    ["<a/>\n<?xml version=\"1.0\"?>", "XML 声明只能出现在文件最开头"],
    ['<?xml version="1.0" encoding="GBK"?><a/>', "清单应使用 UTF-8 编码"],
  ])("rejects %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
