// Excel.Workbook, Application, SettingCollection / Setting (ExcelApi 1.4), and the RequestContext factory.
import { ErrorCodes, HostError } from "../errors";
import type { FakeWorkbook } from "../model";
import type { HostEnv, SyncEnv } from "./core";
import { ClientObject, ClientResult, declareClass, NULL_TARGET, RequestContext } from "./core";
import { CommentCollection } from "./notes-comments";
import { Range } from "./range";
import { WorksheetCollection } from "./worksheet";

/* eslint-disable @typescript-eslint/no-explicit-any */

function model(env: SyncEnv): FakeWorkbook {
  return env.host.model;
}

const WORKBOOK = "workbook";

export class Workbook extends ClientObject {
  getSelectedRange(): Range {
    return Range.create(this._ctx, (env) => {
      const sel = model(env).selectedRange();
      if (!sel) throw new HostError(ErrorCodes.itemNotFound, undefined, "Workbook.getSelectedRange");
      return { sheet: sel.sheet, range: sel.range };
    });
  }

  getActiveCell(): Range {
    return Range.create(
      this._ctx,
      (env) => {
        const sel = model(env).selectedRange();
        if (!sel) throw new HostError(ErrorCodes.itemNotFound, undefined, "Workbook.getActiveCell");
        return { sheet: sel.sheet, range: { top: sel.range.top, left: sel.range.left, bottom: sel.range.top, right: sel.range.left } };
      },
      "1.7",
      "Workbook.getActiveCell",
    );
  }
}

declareClass(Workbook, "Workbook", [
  { name: "readOnly", since: "1.8", get: (_t, env) => model(env).readOnly },
  { name: "name", since: "1.7", get: (_t, env) => model(env).name },
  { name: "worksheets", nav: (wb: Workbook) => new WorksheetCollection(wb._ctx, () => WORKBOOK) },
  { name: "application", nav: (wb: Workbook) => new Application(wb._ctx, () => WORKBOOK) },
  { name: "settings", since: "1.4", nav: (wb: Workbook) => new SettingCollection(wb._ctx, () => WORKBOOK, "1.4", "Workbook.settings") },
  { name: "comments", since: "1.10", nav: (wb: Workbook) => new CommentCollection(wb._ctx, () => WORKBOOK, "1.10", "Workbook.comments") },
]);

export class Application extends ClientObject {
  calculate(calculationType: string): void {
    this._ctx._enqueue(this, "Application.calculate", undefined, (_t, env) => {
      if (calculationType !== "Recalculate" && calculationType !== "Full" && calculationType !== "FullRebuild") throw new HostError(ErrorCodes.invalidArgument, undefined, "Application.calculate");
      model(env).recalculate(calculationType !== "Recalculate", true);
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this._ctx._enqueue(this, "Application.suspendApiCalculationUntilNextSync", "1.6", (_t, env) => {
      model(env).calculationSuspended = true;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._ctx._enqueue(this, "Application.suspendScreenUpdatingUntilNextSync", "1.9", () => undefined);
  }
}

declareClass(Application, "Application", [
  { name: "calculationMode", get: () => "Automatic" },
  { name: "calculationEngineVersion", since: "1.9", get: () => 0 },
]);

// ---------------------------------------------------------------------------------------------------------------
// Settings: values are stored as JSON in the workbook (per add-in), so a read gives a copy of what was stored.

function settingValue(m: FakeWorkbook, key: string): unknown {
  const text = m.settings[key];
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    return text;
  }
}

function serialise(value: unknown, location: string): string {
  if (value === undefined || typeof value === "function") throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  try {
    return JSON.stringify(value);
  } catch (e) {
    throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  }
}

export class SettingCollection extends ClientObject {
  add(key: string, value: unknown): Setting {
    this._ctx._enqueue(this, "SettingCollection.add", "1.4", (_t, env) => {
      if (typeof key !== "string" || !key) throw new HostError(ErrorCodes.invalidArgument, undefined, "SettingCollection.add");
      model(env).settings[key] = serialise(value, "SettingCollection.add");
      model(env).emit({ kind: "settings", source: "addin" });
    });
    return new Setting(this._ctx, settingByKey(key, false, "Setting"), "1.4");
  }

  getItem(key: string): Setting {
    return new Setting(this._ctx, settingByKey(key, false, "SettingCollection.getItem"), "1.4", "SettingCollection.getItem");
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(this._ctx, settingByKey(key, true, "SettingCollection.getItemOrNullObject"), "1.4", "SettingCollection.getItemOrNullObject");
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this._ctx._host);
    this._ctx._enqueue(this, "SettingCollection.getCount", "1.4", (_t, env) => {
      let n = 0;
      for (const k in model(env).settings) if (Object.prototype.hasOwnProperty.call(model(env).settings, k)) n++;
      return () => result._set(n);
    });
    return result;
  }
}

function settingByKey(key: string, orNull: boolean, location: string) {
  return (env: SyncEnv) => {
    if (typeof key !== "string" || !key) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
    if (!Object.prototype.hasOwnProperty.call(model(env).settings, key)) {
      if (orNull) return NULL_TARGET;
      throw new HostError(ErrorCodes.itemNotFound, undefined, location);
    }
    return key;
  };
}

declareClass(SettingCollection, "SettingCollection", [], (_t, env, coll: SettingCollection) => {
  const out: Setting[] = [];
  for (const k in model(env).settings) if (Object.prototype.hasOwnProperty.call(model(env).settings, k)) out.push(new Setting(coll._ctx, settingByKey(k, false, "Setting"), "1.4"));
  return out;
});

export class Setting extends ClientObject {
  delete(): void {
    this._ctx._enqueue(this, "Setting.delete", "1.4", (key: string, env) => {
      delete model(env).settings[key];
      model(env).emit({ kind: "settings", source: "addin" });
    });
  }
}

declareClass(Setting, "Setting", [
  { name: "key", get: (key: string) => key },
  {
    name: "value",
    get: (key: string, env) => settingValue(model(env), key),
    set: (key: string, v, env) => {
      model(env).settings[key] = serialise(v, "Setting.value");
      model(env).emit({ kind: "settings", source: "addin" });
    },
  },
]);

/** A new RequestContext over the host (new Excel.RequestContext() / Excel.run). */
export function newRequestContext(host: HostEnv): RequestContext {
  return new RequestContext(host, (ctx) => new Workbook(ctx, () => WORKBOOK));
}
