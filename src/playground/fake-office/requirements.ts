// Which requirement sets the fake host reports: "current" (Microsoft 365, ExcelApi up to 1.20) or "excel2016"
// (Excel 2016 volume licence: ExcelApi 1.1 only), or any ExcelApi version for tests. Members of a newer set than the
// profile allows fail the way an old Excel fails them: the sync that carries them rejects with ApiNotFound.

export type ProfileName = "current" | "excel2016";

export interface Profile {
  name: string;
  /** Highest ExcelApi version; "1.1" = Excel 2016. */
  excelApi: string;
  /** Office.context.diagnostics.version */
  version: string;
  /** Other requirement sets: name → highest version. */
  sets: { [set: string]: string };
}

export const PROFILES: { [name in ProfileName]: Profile } = {
  current: {
    name: "current",
    excelApi: "1.20",
    version: "16.0.18730.20122",
    sets: { DialogApi: "1.2", SharedRuntime: "1.1", RibbonApi: "1.1", AddinCommands: "1.1", IdentityAPI: "1.3", DocumentEvents: "1.1", Settings: "1.1", Selection: "1.1", TextCoercion: "1.1", File: "1.1", ImageCoercion: "1.1", MatrixCoercion: "1.1", TableCoercion: "1.1", KeyboardShortcuts: "1.1" },
  },
  excel2016: {
    name: "excel2016",
    excelApi: "1.1",
    version: "16.0.4266.1001",
    sets: { DialogApi: "1.1", DocumentEvents: "1.1", Settings: "1.1", Selection: "1.1", TextCoercion: "1.1", File: "1.1", MatrixCoercion: "1.1", TableCoercion: "1.1" },
  },
};

/** "current", "excel2016", an ExcelApi version ("1.9") or a Profile. */
export type ProfileSpec = ProfileName | string | Profile;

export function resolveProfile(spec: ProfileSpec | undefined): Profile {
  if (!spec) return PROFILES.current;
  if (typeof spec !== "string") return spec;
  if (spec === "current" || spec === "excel2016") return PROFILES[spec];
  if (/^1\.\d+$/.test(spec)) {
    const base = compareVersions(spec, "1.7") >= 0 ? PROFILES.current : PROFILES.excel2016;
    return { name: "ExcelApi " + spec, excelApi: spec, version: base.version, sets: base.sets };
  }
  throw new Error("未知的 Excel 版本配置：" + spec);
}

export function compareVersions(a: string, b: string): number {
  const pa = String(a).split(".");
  const pb = String(b).split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (parseInt(pa[i] || "0", 10) || 0) - (parseInt(pb[i] || "0", 10) || 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported(name, minVersion) for a profile. */
export function isSetSupported(profile: Profile, name: string, minVersion?: string | number): boolean {
  const wanted = minVersion === undefined || minVersion === null || minVersion === "" ? "1.1" : String(minVersion);
  const has = name === "ExcelApi" ? profile.excelApi : profile.sets[name];
  if (!has) return false;
  return compareVersions(wanted, has) <= 0;
}
