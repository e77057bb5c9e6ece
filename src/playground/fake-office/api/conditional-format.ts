// Excel.ConditionalFormatCollection, ConditionalFormat, CustomConditionalFormat, ConditionalFormatRule,
// ConditionalRangeFormat / Fill / Font / BorderCollection / Border (ExcelApi 1.6).
// New rules go to the top of the priority list (priority 0), as in Excel. Only "Custom" rules carry a formula and a
// format here; the other types can be added, listed and deleted.
import type { CellRange } from "../address";
import { qualifiedAddress } from "../address";
import { normaliseColor } from "../color";
import { ErrorCodes, HostError } from "../errors";
import type { ConditionalFormatData, FakeWorkbook, SheetData } from "../model";
import { isValidFormula, normaliseFormula } from "../formula";
import type { SyncEnv } from "./core";
import { ClientObject, ClientResult, declareClass, guardWrite, NULL_TARGET } from "./core";
import type { RangeTarget } from "./range";
import { Range } from "./range";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const CONDITIONAL_FORMAT_TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

interface CfTarget {
  sheet: SheetData;
  cf: ConditionalFormatData;
}

function model(env: SyncEnv): FakeWorkbook {
  return env.host.model;
}

function byId(id: string, location: string) {
  return (env: SyncEnv): CfTarget => {
    const found = model(env).findConditionalFormat(id);
    if (!found) throw new HostError(ErrorCodes.itemNotFound, undefined, location);
    return found;
  };
}

export class ConditionalFormatCollection extends ClientObject {
  add(type: string): ConditionalFormat {
    const id = this._ctx._host.model.newId("{cf-") + "}";
    this._ctx._enqueue(this, "ConditionalFormatCollection.add", "1.6", (t: RangeTarget, env) => {
      if (CONDITIONAL_FORMAT_TYPES.indexOf(type) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "ConditionalFormatCollection.add");
      guardWrite(t.sheet, "ConditionalFormatCollection.add");
      model(env).addConditionalFormat(t.sheet, t.range, type, id);
    });
    return new ConditionalFormat(this._ctx, byId(id, "ConditionalFormat"), "1.6", "ConditionalFormatCollection.add");
  }

  clearAll(): void {
    this._ctx._enqueue(this, "ConditionalFormatCollection.clearAll", "1.6", (t: RangeTarget, env) => {
      guardWrite(t.sheet, "ConditionalFormatCollection.clearAll");
      const list = model(env).conditionalFormatsIn(t.sheet, t.range);
      for (let i = 0; i < list.length; i++) model(env).deleteConditionalFormat(t.sheet, list[i]);
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this._ctx._host);
    this._ctx._enqueue(this, "ConditionalFormatCollection.getCount", "1.6", (t: RangeTarget, env) => {
      const n = model(env).conditionalFormatsIn(t.sheet, t.range).length;
      return () => result._set(n);
    });
    return result;
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this._ctx, byId(id, "ConditionalFormatCollection.getItem"), "1.6", "ConditionalFormatCollection.getItem");
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(
      this._ctx,
      (env) => {
        const t = this._resolve(env);
        if (t === NULL_TARGET) return NULL_TARGET;
        const list = model(env).conditionalFormatsIn(t.sheet, t.range);
        if (!list[index]) throw new HostError(ErrorCodes.itemNotFound, undefined, "ConditionalFormatCollection.getItemAt");
        return { sheet: t.sheet, cf: list[index] };
      },
      "1.6",
    );
  }
}

declareClass(ConditionalFormatCollection, "ConditionalFormatCollection", [], (t: RangeTarget, env, coll: ConditionalFormatCollection) =>
  model(env)
    .conditionalFormatsIn(t.sheet, t.range)
    .map((cf) => new ConditionalFormat(coll._ctx, byId(cf.id, "ConditionalFormat"), "1.6")),
);

export class ConditionalFormat extends ClientObject {
  delete(): void {
    this._ctx._enqueue(this, "ConditionalFormat.delete", "1.6", (t: CfTarget, env) => {
      guardWrite(t.sheet, "ConditionalFormat.delete");
      model(env).deleteConditionalFormat(t.sheet, t.cf);
    });
  }

  getRange(): Range {
    return Range.create(this._ctx, (env) => {
      const t = this._resolve(env) as CfTarget | typeof NULL_TARGET;
      if (t === NULL_TARGET) return NULL_TARGET;
      return { sheet: t.sheet, range: t.cf.ranges[0] };
    });
  }

  getRangeOrNullObject(): Range {
    return this.getRange();
  }
}

function customNav(orNull: boolean) {
  return (cf: ConditionalFormat) =>
    new CustomConditionalFormat(
      cf._ctx,
      (env) => {
        const t = cf._resolve(env) as CfTarget | typeof NULL_TARGET;
        if (t === NULL_TARGET) return NULL_TARGET;
        if (t.cf.type !== "Custom") {
          if (orNull) return NULL_TARGET;
          throw new HostError(ErrorCodes.invalidArgument, "The conditional format is not of type Custom.", "ConditionalFormat.custom");
        }
        return t;
      },
      "1.6",
    );
}

declareClass(ConditionalFormat, "ConditionalFormat", [
  { name: "id", get: (t: CfTarget) => t.cf.id },
  { name: "type", get: (t: CfTarget) => t.cf.type },
  {
    name: "priority",
    get: (t: CfTarget) => t.sheet.conditionalFormats.indexOf(t.cf),
    set: (t: CfTarget, v, env) => {
      if (typeof v !== "number" || v < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "ConditionalFormat.priority");
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      list.splice(Math.min(v, list.length), 0, t.cf);
      model(env).emit({ kind: "conditionalFormats", sheetId: t.sheet.id, range: t.cf.ranges[0], source: "addin" });
    },
  },
  {
    name: "stopIfTrue",
    get: (t: CfTarget) => t.cf.stopIfTrue,
    set: (t: CfTarget, v) => {
      t.cf.stopIfTrue = !!v;
    },
  },
  { name: "address", noDefault: true, get: (t: CfTarget) => t.cf.ranges.map((r: CellRange) => qualifiedAddress(t.sheet.name, r)).join(", ") },
  { name: "custom", nav: customNav(false) },
  { name: "customOrNullObject", nav: customNav(true) },
]);

export class CustomConditionalFormat extends ClientObject {}

declareClass(CustomConditionalFormat, "CustomConditionalFormat", [
  { name: "rule", nav: (c: CustomConditionalFormat) => new ConditionalFormatRule(c._ctx, (env) => c._resolve(env), "1.6") },
  { name: "format", nav: (c: CustomConditionalFormat) => new ConditionalRangeFormat(c._ctx, (env) => c._resolve(env), "1.6") },
]);

function changed(t: CfTarget, env: SyncEnv): void {
  model(env).emit({ kind: "conditionalFormats", sheetId: t.sheet.id, range: t.cf.ranges[0], source: "addin" });
}

export class ConditionalFormatRule extends ClientObject {}

function setFormula(t: CfTarget, v: unknown, env: SyncEnv, location: string): void {
  if (typeof v !== "string" || !v) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  const f = v.charAt(0) === "=" ? v : "=" + v;
  if (!isValidFormula(f)) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  guardWrite(t.sheet, location);
  t.cf.formula = normaliseFormula(f);
  changed(t, env);
}

declareClass(ConditionalFormatRule, "ConditionalFormatRule", [
  { name: "formula", get: (t: CfTarget) => t.cf.formula || "", set: (t: CfTarget, v, env) => setFormula(t, v, env, "ConditionalFormatRule.formula") },
  { name: "formulaLocal", get: (t: CfTarget) => t.cf.formula || "", set: (t: CfTarget, v, env) => setFormula(t, v, env, "ConditionalFormatRule.formulaLocal") },
]);

export class ConditionalRangeFormat extends ClientObject {}

declareClass(ConditionalRangeFormat, "ConditionalRangeFormat", [
  {
    name: "numberFormat",
    get: (t: CfTarget) => t.cf.format.numberFormat || null,
    set: (t: CfTarget, v, env) => {
      t.cf.format.numberFormat = v === null || v === undefined ? undefined : String(v);
      changed(t, env);
    },
  },
  { name: "fill", nav: (f: ConditionalRangeFormat) => new ConditionalRangeFill(f._ctx, (env) => f._resolve(env), "1.6") },
  { name: "font", nav: (f: ConditionalRangeFormat) => new ConditionalRangeFont(f._ctx, (env) => f._resolve(env), "1.6") },
  { name: "borders", nav: (f: ConditionalRangeFormat) => new ConditionalRangeBorderCollection(f._ctx, (env) => f._resolve(env), "1.6") },
]);

function hex(v: unknown, location: string): string {
  const c = normaliseColor(v);
  if (!c) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  return c;
}

export class ConditionalRangeFill extends ClientObject {
  clear(): void {
    this._ctx._enqueue(this, "ConditionalRangeFill.clear", "1.6", (t: CfTarget, env) => {
      delete t.cf.format.fill;
      changed(t, env);
    });
  }
}

declareClass(ConditionalRangeFill, "ConditionalRangeFill", [
  {
    name: "color",
    get: (t: CfTarget) => t.cf.format.fill || null,
    set: (t: CfTarget, v, env) => {
      t.cf.format.fill = hex(v, "ConditionalRangeFill.color");
      changed(t, env);
    },
  },
]);

export class ConditionalRangeFont extends ClientObject {
  clear(): void {
    this._ctx._enqueue(this, "ConditionalRangeFont.clear", "1.6", (t: CfTarget, env) => {
      delete t.cf.format.fontColor;
      delete t.cf.format.bold;
      delete t.cf.format.italic;
      changed(t, env);
    });
  }
}

declareClass(ConditionalRangeFont, "ConditionalRangeFont", [
  {
    name: "color",
    get: (t: CfTarget) => t.cf.format.fontColor || null,
    set: (t: CfTarget, v, env) => {
      t.cf.format.fontColor = hex(v, "ConditionalRangeFont.color");
      changed(t, env);
    },
  },
  {
    name: "bold",
    get: (t: CfTarget) => (t.cf.format.bold === undefined ? null : t.cf.format.bold),
    set: (t: CfTarget, v, env) => {
      t.cf.format.bold = !!v;
      changed(t, env);
    },
  },
  {
    name: "italic",
    get: (t: CfTarget) => (t.cf.format.italic === undefined ? null : t.cf.format.italic),
    set: (t: CfTarget, v, env) => {
      t.cf.format.italic = !!v;
      changed(t, env);
    },
  },
]);

export const CONDITIONAL_BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
export const CONDITIONAL_BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot"];

interface CfEdgeTarget extends CfTarget {
  edge: string;
}

export class ConditionalRangeBorderCollection extends ClientObject {
  getItem(index: string): ConditionalRangeBorder {
    return new ConditionalRangeBorder(
      this._ctx,
      (env) => {
        const t = this._resolve(env) as CfTarget | typeof NULL_TARGET;
        if (t === NULL_TARGET) return NULL_TARGET;
        if (CONDITIONAL_BORDER_EDGES.indexOf(index) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "ConditionalRangeBorderCollection.getItem");
        return { sheet: t.sheet, cf: t.cf, edge: index };
      },
      "1.6",
    );
  }
}

declareClass(
  ConditionalRangeBorderCollection,
  "ConditionalRangeBorderCollection",
  [
    { name: "count", get: () => CONDITIONAL_BORDER_EDGES.length },
    { name: "top", nav: (c: ConditionalRangeBorderCollection) => c.getItem("EdgeTop") },
    { name: "bottom", nav: (c: ConditionalRangeBorderCollection) => c.getItem("EdgeBottom") },
    { name: "left", nav: (c: ConditionalRangeBorderCollection) => c.getItem("EdgeLeft") },
    { name: "right", nav: (c: ConditionalRangeBorderCollection) => c.getItem("EdgeRight") },
  ],
  (_t: CfTarget, _env, coll: ConditionalRangeBorderCollection) => CONDITIONAL_BORDER_EDGES.map((e) => coll.getItem(e)),
);

export class ConditionalRangeBorder extends ClientObject {}

function border(t: CfEdgeTarget) {
  return t.cf.format.borders[t.edge] || { style: "None", color: "#000000" };
}

declareClass(ConditionalRangeBorder, "ConditionalRangeBorder", [
  { name: "sideIndex", get: (t: CfEdgeTarget) => t.edge },
  {
    name: "style",
    get: (t: CfEdgeTarget) => border(t).style,
    set: (t: CfEdgeTarget, v, env) => {
      if (CONDITIONAL_BORDER_STYLES.indexOf(v) < 0) throw new HostError(ErrorCodes.invalidArgument, undefined, "ConditionalRangeBorder.style");
      const b = t.cf.format.borders[t.edge] || { style: "None", color: "#000000" };
      b.style = v;
      t.cf.format.borders[t.edge] = b;
      changed(t, env);
    },
  },
  {
    name: "color",
    get: (t: CfEdgeTarget) => border(t).color,
    set: (t: CfEdgeTarget, v, env) => {
      const b = t.cf.format.borders[t.edge] || { style: "None", color: "#000000" };
      b.color = hex(v, "ConditionalRangeBorder.color");
      t.cf.format.borders[t.edge] = b;
      changed(t, env);
    },
  },
]);
