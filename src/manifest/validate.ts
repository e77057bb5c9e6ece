// Offline structural validation of the XML add-in manifest (the Microsoft validation service is online only).
// Checks what breaks an add-in on an intranet desk: well-formed XML, XSD element order for the parts we use,
// resource ids, URLs, icons, ExecuteFunction names against Office.actions.associate, string limits, zh-CN strings,
// permissions and AppDomains. Messages are zh-CN; `code` is stable for tests and tooling.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { XmlElement } from "./xml";
import { attr, localPart, parseXml, walk, XmlSyntaxError } from "./xml";

export const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
export const NS_OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
export const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
export const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** The origin every URL in the committed manifest uses; `rebaseManifest` swaps it for deployment. */
export const DEV_ORIGIN = "https://localhost:3000";

export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;
export const RESID_MAX = 32;
/** Sizes every ribbon <Icon> must provide, and the sizes Office accepts. */
export const RIBBON_ICON_REQUIRED = [16, 32, 80];
export const RIBBON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
export const REQUIRED_PERMISSION = "ReadWriteDocument";
export const REQUIRED_LOCALE = "zh-CN";
/** IconUrl and HighResolutionIconUrl pixel sizes for task-pane add-ins. */
export const APP_ICON_SIZES: { [element: string]: number } = { IconUrl: 32, HighResolutionIconUrl: 64 };

export type IssueSeverity = "error" | "warning";

export interface ManifestIssue {
  severity: IssueSeverity;
  code: string;
  message: string;
  line?: number;
}

export interface ValidationResult {
  issues: ManifestIssue[];
  errors: ManifestIssue[];
  warnings: ManifestIssue[];
  ok: boolean;
}

export interface ValidateOptions {
  /** Folder that URL paths of the manifest's own origin map to (the project root, or dist/ after a build). */
  assetsRoot: string;
  /** TypeScript/JavaScript source of the FunctionFile page's script; `null` skips the FunctionName check. */
  commandsSource: string | null;
  /** How to name that source in messages. */
  commandsSourceName?: string;
  /** package.json version, to warn when the manifest Version drifts from it. */
  packageVersion?: string;
  /** Reads a file; returns null when it does not exist. Defaults to the file system. */
  readFile?: (file: string) => Buffer | null;
}

// ---- content models (the xs:sequence of each complex type we use) ---------------------------------------------

interface Particle {
  name: string;
  min: number;
  max: number;
  /** Model of the child; "leaf" = text only; "any" = not checked further. */
  model: string;
  /** Namespace of the child element, when it differs from the model's. */
  ns?: string;
}

interface Model {
  ns: string;
  particles: Particle[];
}

const N = Infinity;
const p = (name: string, min = 1, max = 1, model = "leaf", ns?: string): Particle => ({ name, min, max, model, ns });

const MODELS: { [name: string]: Model } = {
  // OfficeApp (OfficeAppManifestV1_1.xsd) followed by the TaskPaneApp extension.
  TaskPaneApp: {
    ns: NS_APP,
    particles: [
      p("Id"),
      p("AlternateId", 0),
      p("Version"),
      p("ProviderName"),
      p("DefaultLocale"),
      p("DisplayName", 1, 1, "LocaleAware"),
      p("Description", 1, 1, "LocaleAware"),
      p("IconUrl", 0, 1, "LocaleAware"),
      p("HighResolutionIconUrl", 0, 1, "LocaleAware"),
      p("SupportUrl", 0, 1, "LocaleAware"),
      p("AppDomains", 0, 1, "AppDomains"),
      p("Hosts", 0, 1, "AppHosts"),
      p("Requirements", 0, 1, "any"),
      p("DefaultSettings", 1, 1, "DefaultSettings"),
      p("Permissions"),
      p("Dictionary", 0, 1, "any"),
      p("VersionOverrides", 0, 1, "VersionOverrides", NS_OV),
      p("ExtendedOverrides", 0, 1),
    ],
  },
  LocaleAware: { ns: NS_APP, particles: [p("Override", 0, N)] },
  AppDomains: { ns: NS_APP, particles: [p("AppDomain", 0, N)] },
  AppHosts: { ns: NS_APP, particles: [p("Host", 0, N)] },
  DefaultSettings: { ns: NS_APP, particles: [p("SourceLocation", 1, 1, "LocaleAware"), p("RequestedWidth", 0), p("RequestedHeight", 0)] },
  // TaskPaneAppVersionOverridesV1_0.xsd
  VersionOverrides: {
    ns: NS_OV,
    particles: [
      p("Description", 0),
      p("Requirements", 0, 1, "any"),
      p("Hosts", 0, 1, "OvHosts"),
      p("Resources", 0, 1, "Resources"),
      p("WebApplicationInfo", 0, 1, "any"),
      p("EquivalentAddins", 0, 1, "any"),
      p("VersionOverrides", 0, 1, "any"),
    ],
  },
  OvHosts: { ns: NS_OV, particles: [p("Host", 1, N, "OvHost")] },
  OvHost: {
    ns: NS_OV,
    particles: [p("Runtimes", 0, 1, "any"), p("AllFormFactors", 0, 1, "any"), p("DesktopFormFactor", 0, 1, "DesktopFormFactor"), p("MobileFormFactor", 0, 1, "any")],
  },
  DesktopFormFactor: {
    ns: NS_OV,
    particles: [p("GetStarted", 0, 1, "GetStarted"), p("FunctionFile", 0), p("ExtensionPoint", 1, N, "ExtensionPoint"), p("SupportsSharedFolders", 0)],
  },
  GetStarted: { ns: NS_OV, particles: [p("Title"), p("Description"), p("LearnMoreUrl", 0)] },
  "ExtensionPoint:PrimaryCommandSurface": { ns: NS_OV, particles: [p("OfficeTab", 0, N, "OfficeTab"), p("CustomTab", 0, N, "any")] },
  OfficeTab: { ns: NS_OV, particles: [p("Group", 1, N, "Group")] },
  Group: {
    ns: NS_OV,
    particles: [p("Label"), p("Icon", 1, 1, "Icon"), p("Control", 0, N, "Control"), p("OfficeControl", 0, N), p("OverriddenByRibbonApi", 0)],
  },
  "Control:Button": {
    ns: NS_OV,
    particles: [p("Label"), p("Supertip", 1, 1, "Supertip"), p("Icon", 1, 1, "Icon"), p("Action", 1, 1, "Action"), p("Enabled", 0), p("OverriddenByRibbonApi", 0)],
  },
  "Control:Menu": {
    ns: NS_OV,
    particles: [p("Label"), p("Supertip", 1, 1, "Supertip"), p("Icon", 1, 1, "Icon"), p("Items", 1, 1, "any"), p("Enabled", 0), p("OverriddenByRibbonApi", 0)],
  },
  Supertip: { ns: NS_OV, particles: [p("Title"), p("Description")] },
  Icon: { ns: NS_OV, particles: [p("Image", 1, N, "leaf", NS_BT)] },
  "Action:ExecuteFunction": { ns: NS_OV, particles: [p("FunctionName")] },
  "Action:ShowTaskpane": { ns: NS_OV, particles: [p("TaskpaneId", 0), p("SourceLocation"), p("Title", 0), p("SupportsPinning", 0)] },
  Resources: {
    ns: NS_BT,
    particles: [p("Images", 0, 1, "Images"), p("Urls", 0, 1, "Urls"), p("ShortStrings", 0, 1, "ShortStrings"), p("LongStrings", 0, 1, "LongStrings")],
  },
  Images: { ns: NS_BT, particles: [p("Image", 0, N, "Resource")] },
  Urls: { ns: NS_BT, particles: [p("Url", 0, N, "Resource")] },
  ShortStrings: { ns: NS_BT, particles: [p("String", 0, N, "Resource")] },
  LongStrings: { ns: NS_BT, particles: [p("String", 0, N, "Resource")] },
  Resource: { ns: NS_BT, particles: [p("Override", 0, N)] },
};

/** Models whose particles depend on the element's xsi:type; unknown types are not checked further. */
const TYPED_MODELS: { [model: string]: string[] } = {
  ExtensionPoint: ["PrimaryCommandSurface"],
  Control: ["Button", "Menu"],
  Action: ["ExecuteFunction", "ShowTaskpane"],
};

const REQUIRED_ATTRIBUTES: { [model: string]: string[] } = {
  LocaleAware: ["DefaultValue"],
  Resource: ["id", "DefaultValue"],
};

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

const KIND_LABEL: { [k in ResourceKind]: string } = {
  Images: "<bt:Images>",
  Urls: "<bt:Urls>",
  ShortStrings: "<bt:ShortStrings>",
  LongStrings: "<bt:LongStrings>",
};

/** Which resource collection a `resid` on an element with this local name (under this parent) refers to. */
function residKind(element: XmlElement): ResourceKind | null {
  const parent = element.parent ? element.parent.local : "";
  switch (element.local) {
    case "Image":
      return "Images";
    case "FunctionFile":
    case "SourceLocation":
    case "LearnMoreUrl":
    case "Runtime":
      return "Urls";
    case "Label":
    case "Title":
    case "Tooltip":
      return "ShortStrings";
    case "Description":
      return parent === "Supertip" || parent === "GetStarted" || parent === "VersionOverrides" ? "LongStrings" : null;
    default:
      return null;
  }
}

// ---- the validator ---------------------------------------------------------------------------------------------

export function validateManifest(xml: string, options: ValidateOptions): ValidationResult {
  const issues: ManifestIssue[] = [];
  const error = (code: string, message: string, at?: XmlElement | number) => issues.push(issue("error", code, message, at));
  const warn = (code: string, message: string, at?: XmlElement | number) => issues.push(issue("warning", code, message, at));
  const readFile = options.readFile || defaultReadFile;

  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      issues.push({ severity: "error", code: "xml-syntax", message: `XML 格式错误：${e.message}`, line: e.line });
      return result(issues);
    }
    throw e;
  }

  // Root element.
  if (root.local !== "OfficeApp") {
    error("root", `根元素应是 <OfficeApp>，而不是 <${root.name}>`, root);
    return result(issues);
  }
  if (root.ns !== NS_APP) {
    error("namespace", `<OfficeApp> 的命名空间应是 ${NS_APP}（VersionOverrides 需要 1.1 版清单），实际是 ${root.ns || "（无）"}`, root);
    return result(issues);
  }
  const appType = attr(root, "type", NS_XSI);
  if (!appType || localPart(appType) !== "TaskPaneApp") {
    error("root-type", `<OfficeApp> 应声明 xsi:type="TaskPaneApp"（任务窗格加载项），实际是 ${appType ? `"${appType}"` : "空"}`, root);
    return result(issues);
  }

  // 1. Structure: element order, occurrences, namespaces, required attributes.
  checkStructure(root, "TaskPaneApp", issues);

  const top = (name: string) => root.children.find((c) => c.local === name && c.ns === NS_APP);
  const text = (e: XmlElement | undefined) => (e ? e.text.trim() : "");

  // 2. Identity and permissions.
  const id = top("Id");
  if (id && !/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(text(id))) {
    error("id-format", `<Id> 应是 GUID（如 7661601e-e872-4a43-8bf6-1c3a920f4038），实际是“${text(id)}”`, id);
  }
  const version = top("Version");
  if (version) {
    const v = text(version);
    if (!/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/.test(v)) error("version-format", `<Version> 应是 1 到 4 段数字（如 1.0.0.0），实际是“${v}”`, version);
    else if (options.packageVersion && !(v === options.packageVersion || v.indexOf(options.packageVersion + ".") === 0)) {
      warn("version-mismatch", `<Version> ${v} 与 package.json 的版本 ${options.packageVersion} 不一致`, version);
    }
  }
  const permissions = top("Permissions");
  if (permissions && text(permissions) !== REQUIRED_PERMISSION) {
    error("permissions", `<Permissions> 应是 ${REQUIRED_PERMISSION}（检查要读表，重算和标记要写表），实际是“${text(permissions)}”`, permissions);
  }
  const hosts = top("Hosts");
  if (!hosts || !hosts.children.some((h) => h.local === "Host" && attr(h, "Name") === "Workbook")) {
    error("host", `清单应在 <Hosts> 中声明 <Host Name="Workbook"/>（Excel）`, hosts || root);
  }
  const defaultLocale = text(top("DefaultLocale"));
  if (defaultLocale && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(defaultLocale)) {
    error("locale-format", `<DefaultLocale> 应是语言区域名（如 en-US），实际是“${defaultLocale}”`, top("DefaultLocale"));
  }
  const needsZh = defaultLocale.toLowerCase() !== REQUIRED_LOCALE.toLowerCase();

  // 3. Top-level display strings: limits and zh-CN overrides.
  const topStrings: Array<[string, number]> = [
    ["ProviderName", SHORT_STRING_MAX],
    ["DisplayName", SHORT_STRING_MAX],
    ["Description", LONG_STRING_MAX],
  ];
  for (const [name, max] of topStrings) {
    const e = top(name);
    if (!e) continue;
    const values = name === "ProviderName" ? [{ value: text(e), at: e }] : localeValues(e);
    for (const v of values) {
      if (v.value.length > max) error("string-too-long", `<${name}> 的文字有 ${v.value.length} 个字符，超过上限 ${max}：“${clip(v.value)}”`, v.at);
    }
    if (name !== "ProviderName" && needsZh && !hasOverride(e, REQUIRED_LOCALE)) {
      error("locale-missing", `<${name}> 缺少 ${REQUIRED_LOCALE} 译文（<Override Locale="${REQUIRED_LOCALE}" Value="…"/>）`, e);
    }
  }

  // 4. Resources: definitions, duplicates, references, unused ones, strings.
  const resources = new Map<string, { kind: ResourceKind; element: XmlElement; used: boolean }>();
  const versionOverrides = root.children.find((c) => c.local === "VersionOverrides" && c.ns === NS_OV);
  const resourcesEl = versionOverrides && versionOverrides.children.find((c) => c.local === "Resources");
  if (resourcesEl) {
    for (const collection of resourcesEl.children) {
      const kind = collection.local as ResourceKind;
      if (!(kind in KIND_LABEL)) continue;
      for (const res of collection.children) {
        const rid = attr(res, "id");
        if (!rid) continue;
        const seen = resources.get(rid);
        if (seen) {
          error("resid-duplicate", `资源 id "${rid}" 重复定义（第 ${seen.element.line} 行已定义）`, res);
          continue;
        }
        resources.set(rid, { kind, element: res, used: false });
        if (rid.length > RESID_MAX) error("resid-too-long", `资源 id "${rid}" 有 ${rid.length} 个字符，超过上限 ${RESID_MAX}`, res);
        if (kind === "ShortStrings" || kind === "LongStrings") {
          const max = kind === "ShortStrings" ? SHORT_STRING_MAX : LONG_STRING_MAX;
          for (const v of localeValues(res)) {
            if (v.value.length > max) {
              error("string-too-long", `${KIND_LABEL[kind]} 中 "${rid}" 的文字有 ${v.value.length} 个字符，超过上限 ${max}：“${clip(v.value)}”`, v.at);
            }
          }
          if (needsZh && !hasOverride(res, REQUIRED_LOCALE)) {
            error("locale-missing", `${KIND_LABEL[kind]} 中 "${rid}" 缺少 ${REQUIRED_LOCALE} 译文（<bt:Override Locale="${REQUIRED_LOCALE}" Value="…"/>）`, res);
          }
        }
      }
    }
  }
  const imageSizes = new Map<string, { size: number; at: XmlElement }>();
  if (versionOverrides) {
    walk(versionOverrides, (e) => {
      if (e === resourcesEl || isInside(e, resourcesEl)) return;
      const rid = attr(e, "resid");
      if (rid === undefined) return;
      if (rid.length > RESID_MAX) error("resid-too-long", `resid "${rid}" 有 ${rid.length} 个字符，超过上限 ${RESID_MAX}`, e);
      const expected = residKind(e);
      const res = resources.get(rid);
      if (!res) {
        error("resid-undefined", `<${e.name}> 引用的 resid "${rid}" 未定义${expected ? `（应在 ${KIND_LABEL[expected]} 中定义）` : ""}`, e);
        return;
      }
      res.used = true;
      if (expected && res.kind !== expected) {
        error("resid-wrong-kind", `<${e.name}> 引用的 resid "${rid}" 定义在 ${KIND_LABEL[res.kind]} 中，应在 ${KIND_LABEL[expected]} 中`, e);
      }
      if (e.local === "Image") {
        const size = Number(attr(e, "size"));
        if (!(size > 0)) {
          error("attribute-missing", `<${e.name}> 缺少有效的 size 属性`, e);
        } else {
          const prev = imageSizes.get(rid);
          if (prev && prev.size !== size) error("icon-size", `图片资源 "${rid}" 同时用作 ${prev.size}×${prev.size} 和 ${size}×${size} 图标`, e);
          else if (!prev) imageSizes.set(rid, { size, at: e });
        }
      }
    });
  }
  if (versionOverrides) {
    walk(versionOverrides, (e) => {
      if (e.local !== "Icon" || e.ns !== NS_OV) return;
      const sizes = e.children.filter((c) => c.local === "Image").map((c) => Number(attr(c, "size")));
      for (const c of e.children) {
        const size = Number(attr(c, "size"));
        if (c.local === "Image" && size > 0 && RIBBON_ICON_SIZES.indexOf(size) < 0) {
          error("icon-size", `功能区图标不支持 size="${attr(c, "size")}"（可用：${RIBBON_ICON_SIZES.join("、")}）`, c);
        }
      }
      const missing = RIBBON_ICON_REQUIRED.filter((n) => sizes.indexOf(n) < 0);
      if (missing.length) error("icon-sizes-missing", `<Icon> 缺少 ${missing.map((n) => `${n}×${n}`).join("、")} 的图片（功能区图标必须有 ${RIBBON_ICON_REQUIRED.join("、")} 三种尺寸）`, e);
    });
  }
  resources.forEach((res, rid) => {
    if (!res.used) warn("resid-unused", `资源 "${rid}"（${KIND_LABEL[res.kind]}）没有被引用`, res.element);
  });

  // 5. URLs: https, one origin (no external hosts), local files exist; icons have the right pixel size.
  const sourceLocation = top("DefaultSettings") && top("DefaultSettings")!.children.find((c) => c.local === "SourceLocation");
  const mainUrl = sourceLocation ? parseUrl(attr(sourceLocation, "DefaultValue") || "") : null;
  const origin = mainUrl ? mainUrl.origin : null;
  const urls: Array<{ value: string; at: XmlElement; iconSize?: number }> = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const e = top(name);
    if (e) for (const v of localeValues(e)) urls.push({ value: v.value, at: v.at, iconSize: APP_ICON_SIZES[name] });
  }
  if (sourceLocation) for (const v of localeValues(sourceLocation)) urls.push({ value: v.value, at: v.at });
  resources.forEach((res, rid) => {
    if (res.kind !== "Images" && res.kind !== "Urls") return;
    const size = res.kind === "Images" && imageSizes.has(rid) ? imageSizes.get(rid)!.size : undefined;
    for (const v of localeValues(res.element)) urls.push({ value: v.value, at: v.at, iconSize: size });
  });
  const checkedFiles: string[] = [];
  for (const u of urls) {
    const url = parseUrl(u.value);
    if (!url) {
      error("url-invalid", `“${u.value}”不是有效的绝对 URL`, u.at);
      continue;
    }
    if (url.protocol !== "https:") {
      if (url.protocol === "http:" && isLocalhost(url.hostname)) {
        warn("url-not-https", `${u.value} 用的是 HTTP：本机调试可以，但 Office 只从 HTTPS 加载加载项，部署前要改成 https://`, u.at);
      } else {
        error("url-not-https", `${u.value} 必须使用 HTTPS（Office 只从 HTTPS 加载加载项页面和图标）`, u.at);
        continue;
      }
    }
    // Same host and port as the task pane (the scheme was checked above).
    if (mainUrl && url.host !== mainUrl.host) {
      error("url-external", `${u.value} 指向 ${url.origin}，与加载项自身的来源 ${origin} 不同：内网部署不能访问外部主机，所有 URL 应在同一来源下`, u.at);
      continue;
    }
    const local = localFile(url, mainUrl);
    if (local) {
      checkLocalFile(local, u, options.assetsRoot, readFile, error);
      checkedFiles.push(local);
    }
  }
  if (origin) checkIconFileNames(options.assetsRoot, readFile, error, checkedFiles);

  // 6. AppDomains: none to external hosts.
  const appDomains = top("AppDomains");
  if (appDomains) {
    for (const d of appDomains.children) {
      const value = text(d);
      const url = parseUrl(value);
      if (url && mainUrl && url.host === mainUrl.host) warn("appdomain-redundant", `<AppDomain> ${value} 就是加载项自身的来源，不需要列出`, d);
      else error("appdomain-external", `<AppDomain> ${value} 是外部主机：自评表助手不访问外部网站，不应声明额外的 AppDomains`, d);
    }
  }

  // 7. Ids of groups and controls are unique.
  const ids = new Map<string, XmlElement>();
  if (versionOverrides) {
    walk(versionOverrides, (e) => {
      if (e.local !== "Group" && e.local !== "Control" && e.local !== "CustomTab") return;
      const eid = attr(e, "id");
      if (!eid) {
        error("attribute-missing", `<${e.name}> 缺少 id 属性`, e);
        return;
      }
      const prev = ids.get(eid);
      if (prev) error("id-duplicate", `id "${eid}" 重复（第 ${prev.line} 行已使用），组和控件的 id 必须唯一`, e);
      else ids.set(eid, e);
    });
  }

  // 8. ExecuteFunction ↔ Office.actions.associate; a FunctionFile is needed for them.
  const functionNames: XmlElement[] = [];
  let functionFile: XmlElement | undefined;
  if (versionOverrides) {
    walk(versionOverrides, (e) => {
      if (e.local === "FunctionFile") functionFile = e;
      if (e.local === "Action" && localPart(attr(e, "type", NS_XSI) || "") === "ExecuteFunction") {
        const fn = e.children.find((c) => c.local === "FunctionName");
        if (fn) functionNames.push(fn);
      }
    });
  }
  if (functionNames.length && !functionFile) {
    error("function-file-missing", `有 ExecuteFunction 按钮，但 <DesktopFormFactor> 中没有 <FunctionFile resid="…"/>（函数命令运行的页面）`, functionNames[0]);
  }
  if (options.commandsSource !== null) {
    const sourceName = options.commandsSourceName || "src/commands/commands.ts";
    const registered = findAssociatedIds(options.commandsSource, sourceName);
    for (const d of registered.dynamic) {
      warn("function-dynamic", `${sourceName}:${d} 的 Office.actions.associate 第一个参数不是字符串字面量，无法核对`, undefined);
    }
    const registeredIds = registered.ids.map((r) => r.id);
    const manifestNames = functionNames.map((f) => f.text.trim());
    for (const fn of functionNames) {
      const name = fn.text.trim();
      if (registeredIds.indexOf(name) < 0) {
        error(
          "function-unregistered",
          `<FunctionName>${name}</FunctionName> 没有在 ${sourceName} 中用 Office.actions.associate("${name}", …) 注册${registeredIds.length ? `（已注册：${registeredIds.join("、")}）` : "（一个也没有注册）"}`,
          fn,
        );
      }
    }
    for (const r of registered.ids) {
      if (manifestNames.indexOf(r.id) < 0) warn("function-unused", `${sourceName}:${r.line} 注册了 "${r.id}"，但清单中没有按钮用它`, undefined);
    }
  }

  return result(issues);
}

/** Validates a manifest file: assets resolve next to it, FunctionName ids come from src/commands/commands.ts. */
export function validateManifestFile(manifestPath: string, projectRoot: string): ValidationResult {
  const xml = fs.readFileSync(manifestPath, "utf8");
  const commandsPath = path.join(projectRoot, "src", "commands", "commands.ts");
  let commandsSource: string | null = null;
  const pre: ManifestIssue[] = [];
  if (fs.existsSync(commandsPath)) commandsSource = fs.readFileSync(commandsPath, "utf8");
  else pre.push({ severity: "error", code: "commands-missing", message: `找不到 ${path.relative(projectRoot, commandsPath)}，无法核对 ExecuteFunction 的函数名` });
  let packageVersion: string | undefined;
  try {
    packageVersion = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")).version;
  } catch {
    packageVersion = undefined;
  }
  const r = validateManifest(xml, { assetsRoot: path.dirname(manifestPath), commandsSource, commandsSourceName: "src/commands/commands.ts", packageVersion });
  return result(pre.concat(r.issues));
}

/** One line per issue, e.g. "manifest.xml:12: 错误：…", errors first, then warnings. */
export function formatIssues(r: ValidationResult, fileLabel: string): string[] {
  const ordered = r.errors.concat(r.warnings);
  return ordered.map((i) => `${fileLabel}${i.line ? `:${i.line}` : ""}: ${i.severity === "error" ? "错误" : "警告"}：${i.message}`);
}

/** Replaces the dev origin in every URL of the manifest, for a deployment build. */
export function rebaseManifest(xml: string, origin: string): string {
  const target = origin.replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+(\/[^\s?#]*)?$/.test(target)) throw new Error(`部署地址应是 https://主机[:端口][/路径]，实际是“${origin}”`);
  // Every occurrence, comments included, so no trace of the dev server is left (not a longer port like :30000).
  return xml.replace(new RegExp(DEV_ORIGIN.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&") + "(?![0-9])", "g"), target);
}

// ---- Office.actions.associate ids from the commands source ------------------------------------------------------

export interface AssociatedIds {
  ids: Array<{ id: string; line: number }>;
  /** Lines of associate calls whose id is not a string literal. */
  dynamic: number[];
}

export function findAssociatedIds(source: string, fileName = "commands.ts"): AssociatedIds {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2019, true, fileName.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const out: AssociatedIds = { ids: [], dynamic: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "associate") {
      const target = node.expression.expression;
      if (ts.isPropertyAccessExpression(target) && target.name.text === "actions") {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) out.ids.push({ id: first.text, line });
        else out.dynamic.push(line);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

// ---- PNG ---------------------------------------------------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function readPngSize(buf: Buffer): { width: number; height: number } | null {
  if (buf.length < 33) return null;
  for (let i = 0; i < 8; i++) if (buf[i] !== PNG_SIGNATURE[i]) return null;
  if (buf.readUInt32BE(8) !== 13 || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  if (crc32(buf.subarray(12, 29)) !== buf.readUInt32BE(29)) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

let crcTable: number[] | null = null;
function crc32(buf: Buffer): number {
  if (!crcTable) {
    crcTable = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable.push(c >>> 0);
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---- helpers -----------------------------------------------------------------------------------------------------

function checkStructure(element: XmlElement, modelName: string, issues: ManifestIssue[]): void {
  let name = modelName;
  if (TYPED_MODELS[modelName]) {
    const type = localPart(attr(element, "type", NS_XSI) || "");
    if (!type) {
      issues.push(issue("error", "attribute-missing", `<${element.name}> 缺少 xsi:type 属性`, element));
      return;
    }
    if (TYPED_MODELS[modelName].indexOf(type) < 0) return; // a type we do not use: not checked further
    name = `${modelName}:${type}`;
  }
  const model = MODELS[name];
  if (!model) return;
  for (const a of REQUIRED_ATTRIBUTES[modelName] || []) {
    if (attr(element, a) === undefined) issues.push(issue("error", "attribute-missing", `<${element.name}> 缺少 ${a} 属性`, element));
  }
  const order = model.particles.map((x) => x.name).join(" → ");
  const counts = model.particles.map(() => 0);
  let pos = -1;
  let posElement: XmlElement | null = null;
  for (const child of element.children) {
    const idx = indexOf(model.particles, child.local);
    if (idx < 0) {
      issues.push(issue("error", "element-unknown", `<${child.name}> 不是 <${element.name}> 的合法子元素（允许的子元素依次是：${order}）`, child));
      continue;
    }
    const particle = model.particles[idx];
    const expectedNs = particle.ns || model.ns;
    if (child.ns !== expectedNs) {
      issues.push(issue("error", "namespace", `<${child.name}> 的命名空间应是 ${expectedNs}，实际是 ${child.ns || "（无）"}`, child));
    }
    if (idx < pos && posElement) {
      issues.push(
        issue("error", "element-order", `<${child.name}> 的位置不对：在 <${element.name}> 中它应排在 <${posElement.name}> 之前（XSD 规定的顺序：${order}）`, child),
      );
    } else {
      pos = idx;
      posElement = child;
    }
    counts[idx]++;
    if (counts[idx] > particle.max) {
      issues.push(issue("error", "element-repeated", `<${element.name}> 中 <${child.name}> 最多只能出现 ${particle.max} 次`, child));
    }
    if (particle.model === "leaf") {
      if (child.children.length) issues.push(issue("error", "element-unknown", `<${child.name}> 不应包含子元素 <${child.children[0].name}>`, child.children[0]));
      if (particle.name === "Image" && particle.ns === NS_BT && element.local === "Icon") {
        for (const a of ["size", "resid"]) if (attr(child, a) === undefined) issues.push(issue("error", "attribute-missing", `<${child.name}> 缺少 ${a} 属性`, child));
      }
      if (particle.name === "Override") {
        for (const a of ["Locale", "Value"]) if (attr(child, a) === undefined) issues.push(issue("error", "attribute-missing", `<${child.name}> 缺少 ${a} 属性`, child));
      }
    } else if (particle.model !== "any") {
      checkStructure(child, particle.model, issues);
    }
  }
  model.particles.forEach((particle, i) => {
    if (counts[i] < particle.min) {
      issues.push(issue("error", "element-missing", `<${element.name}> 缺少必需的子元素 <${particle.name}>（XSD 规定的顺序：${order}）`, element));
    }
  });
}

function indexOf(particles: Particle[], local: string): number {
  for (let i = 0; i < particles.length; i++) if (particles[i].name === local) return i;
  return -1;
}

/** DefaultValue plus each Override Value of a locale-aware element or resource. */
function localeValues(e: XmlElement): Array<{ value: string; at: XmlElement; locale?: string }> {
  const out: Array<{ value: string; at: XmlElement; locale?: string }> = [];
  const dv = attr(e, "DefaultValue");
  if (dv !== undefined) out.push({ value: dv, at: e });
  for (const o of e.children) {
    if (o.local !== "Override") continue;
    const v = attr(o, "Value");
    if (v !== undefined) out.push({ value: v, at: o, locale: attr(o, "Locale") });
  }
  return out;
}

function hasOverride(e: XmlElement, locale: string): boolean {
  return e.children.some((o) => o.local === "Override" && (attr(o, "Locale") || "").toLowerCase() === locale.toLowerCase() && (attr(o, "Value") || "").trim() !== "");
}

function isInside(e: XmlElement, ancestor: XmlElement | undefined): boolean {
  if (!ancestor) return false;
  for (let p = e.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function isLocalhost(host: string): boolean {
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/** The project-relative file a URL of the add-in's own origin is served from, for files we commit (assets/). */
function localFile(url: URL, main: URL | null): string | null {
  if (!main || url.host !== main.host) return null;
  const pathname = decodeURIComponent(url.pathname);
  return pathname.indexOf("/assets/") === 0 ? pathname.slice(1) : null;
}

function checkLocalFile(
  relative: string,
  u: { value: string; at: XmlElement; iconSize?: number },
  root: string,
  readFile: (file: string) => Buffer | null,
  error: (code: string, message: string, at?: XmlElement) => void,
): void {
  const buf = readFile(path.join(root, relative));
  if (!buf) {
    error(u.iconSize ? "icon-missing" : "file-missing", `${u.value} 对应的文件 ${relative} 不存在`, u.at);
    return;
  }
  if (!/\.png$/i.test(relative) && !u.iconSize) return;
  const size = readPngSize(buf);
  if (!size) {
    error("icon-not-png", `${relative} 不是有效的 PNG 图片`, u.at);
    return;
  }
  if (u.iconSize && (size.width !== u.iconSize || size.height !== u.iconSize)) {
    error("icon-size", `${relative} 是 ${size.width}×${size.height} 像素，这里需要 ${u.iconSize}×${u.iconSize}`, u.at);
  }
}

/** assets/icon-N.png must be N×N, whether or not the manifest uses it (catalogs and AppSource do). */
function checkIconFileNames(root: string, readFile: (file: string) => Buffer | null, error: (code: string, message: string) => void, alreadyChecked: string[]): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(root, "assets"));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const m = /^icon-([0-9]+)\.png$/.exec(name);
    if (!m || alreadyChecked.indexOf("assets/" + name) >= 0) continue;
    const buf = readFile(path.join(root, "assets", name));
    const size = buf && readPngSize(buf);
    const n = Number(m[1]);
    if (!size) error("icon-not-png", `assets/${name} 不是有效的 PNG 图片`);
    else if (size.width !== n || size.height !== n) error("icon-size", `assets/${name} 是 ${size.width}×${size.height} 像素，文件名说的是 ${n}×${n}`);
  }
}

function defaultReadFile(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

function issue(severity: IssueSeverity, code: string, message: string, at?: XmlElement | number): ManifestIssue {
  const i: ManifestIssue = { severity, code, message };
  if (typeof at === "number") i.line = at;
  else if (at) i.line = at.line;
  return i;
}

function result(issues: ManifestIssue[]): ValidationResult {
  const sorted = issues.slice().sort((a, b) => (a.line || 0) - (b.line || 0));
  const errors = sorted.filter((i) => i.severity === "error");
  const warnings = sorted.filter((i) => i.severity === "warning");
  return { issues: sorted, errors, warnings, ok: errors.length === 0 };
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + "…" : s;
}
