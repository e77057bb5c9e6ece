// Excel.WorksheetCollection, Worksheet, WorksheetProtection, Worksheet.onChanged (EventHandlers / EventHandlerResult).
import { parseArea, splitSheet, WHOLE_SHEET } from "../address";
import { normaliseColor } from "../color";
import { ErrorCodes, HostError } from "../errors";
import type { FakeWorkbook, SheetData } from "../model";
import type { Registration, RequestContext, SyncEnv } from "./core";
import { ClientObject, ClientResult, declareClass, NULL_TARGET } from "./core";
import { CommentCollection, NoteCollection } from "./notes-comments";
import { Range } from "./range";

/* eslint-disable @typescript-eslint/no-explicit-any */

function model(env: SyncEnv): FakeWorkbook {
  return env.host.model;
}

export class Worksheet extends ClientObject {
  /**
   * A worksheet found at sync time by `find`; once found it is addressed by its id, so renaming or activating another
   * sheet later does not change which sheet this proxy stands for (office.js does the same).
   */
  static create(ctx: RequestContext, find: (env: SyncEnv) => SheetData | typeof NULL_TARGET, since?: string, location?: string): Worksheet {
    const ws: Worksheet = new Worksheet(
      ctx,
      (env) => {
        const sheet = find(env);
        if (sheet !== NULL_TARGET) {
          const id = sheet.id;
          ws._repath((e) => {
            const s = model(e).findSheet(id);
            if (!s) throw new HostError(ErrorCodes.itemNotFound, undefined, "Worksheet");
            return s;
          });
        }
        return sheet;
      },
      since,
      location,
    );
    return ws;
  }

  activate(): void {
    this._ctx._enqueue(this, "Worksheet.activate", undefined, (s: SheetData, env) => {
      if (s.visibility !== "Visible") throw new HostError(ErrorCodes.invalidOperation, undefined, "Worksheet.activate");
      model(env).activate(s, "addin");
    });
  }

  delete(): void {
    this._ctx._enqueue(this, "Worksheet.delete", undefined, (s: SheetData, env) => {
      const m = model(env);
      if (m.sheets.filter((x) => x.visibility === "Visible").length <= 1 && s.visibility === "Visible") throw new HostError(ErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      m.removeSheet(s);
    });
  }

  getRange(address?: string): Range {
    return Range.create(this._ctx, (env) => {
      const s = this._resolve(env) as SheetData | typeof NULL_TARGET;
      if (s === NULL_TARGET) return NULL_TARGET;
      if (address === undefined || address === null || address === "") return { sheet: s, range: WHOLE_SHEET };
      const parts = splitSheet(String(address));
      if (parts.sheet !== undefined && parts.sheet.toLowerCase() !== s.name.toLowerCase()) throw new HostError(ErrorCodes.invalidArgument, undefined, "Worksheet.getRange");
      const area = parseArea(parts.local);
      if (!area) throw new HostError(ErrorCodes.invalidArgument, undefined, "Worksheet.getRange");
      return { sheet: s, range: area };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return Range.create(
      this._ctx,
      (env) => {
        const s = this._resolve(env) as SheetData | typeof NULL_TARGET;
        if (s === NULL_TARGET) return NULL_TARGET;
        const r = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
        if (!(rowCount > 0 && columnCount > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= WHOLE_SHEET.bottom && r.right <= WHOLE_SHEET.right)) throw new HostError(ErrorCodes.invalidArgument, undefined, "Worksheet.getRangeByIndexes");
        return { sheet: s, range: r };
      },
      "1.7",
      "Worksheet.getRangeByIndexes",
    );
  }

  getCell(row: number, column: number): Range {
    return Range.create(this._ctx, (env) => {
      const s = this._resolve(env) as SheetData | typeof NULL_TARGET;
      if (s === NULL_TARGET) return NULL_TARGET;
      if (!(row >= 0 && column >= 0 && row <= WHOLE_SHEET.bottom && column <= WHOLE_SHEET.right)) throw new HostError(ErrorCodes.invalidArgument, undefined, "Worksheet.getCell");
      return { sheet: s, range: { top: row, left: column, bottom: row, right: column } };
    });
  }

  /** The used range; a blank sheet gives A1 (Excel does not fail). valuesOnly needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): Range {
    return Range.create(
      this._ctx,
      (env) => {
        const s = this._resolve(env) as SheetData | typeof NULL_TARGET;
        if (s === NULL_TARGET) return NULL_TARGET;
        return { sheet: s, range: model(env).usedRange(s, !!valuesOnly) || { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      valuesOnly === undefined ? undefined : "1.2",
      "Worksheet.getUsedRange",
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return Range.create(
      this._ctx,
      (env) => {
        const s = this._resolve(env) as SheetData | typeof NULL_TARGET;
        if (s === NULL_TARGET) return NULL_TARGET;
        const used = model(env).usedRange(s, !!valuesOnly);
        return used ? { sheet: s, range: used } : NULL_TARGET;
      },
      "1.4",
      "Worksheet.getUsedRangeOrNullObject",
    );
  }

  calculate(markAllDirty: boolean): void {
    void markAllDirty;
    this._ctx._enqueue(this, "Worksheet.calculate", "1.6", (_s: SheetData, env) => model(env).recalculate(true, true));
  }

  get onChanged(): EventHandlers {
    let h = (this as any)._onChanged as EventHandlers | undefined;
    if (!h) h = (this as any)._onChanged = new EventHandlers(this, "1.7", "Worksheet.onChanged");
    return h;
  }
}

function validSheetName(name: unknown): name is string {
  return typeof name === "string" && name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && name.charAt(0) !== "'" && name.charAt(name.length - 1) !== "'";
}

declareClass(Worksheet, "Worksheet", [
  { name: "id", get: (s: SheetData) => s.id },
  {
    name: "name",
    get: (s: SheetData) => s.name,
    set: (s: SheetData, v, env) => {
      if (!validSheetName(v)) throw new HostError(ErrorCodes.invalidArgument, undefined, "Worksheet.name");
      const other = model(env).findSheet(v);
      if (other && other !== s) throw new HostError(ErrorCodes.itemAlreadyExists, undefined, "Worksheet.name");
      s.name = v;
      model(env).emit({ kind: "sheets", sheetId: s.id, source: "addin" });
    },
  },
  {
    name: "position",
    get: (s: SheetData, env) => model(env).position(s),
    set: (s: SheetData, v, env) => {
      const m = model(env);
      if (typeof v !== "number" || v < 0 || v >= m.sheets.length) throw new HostError(ErrorCodes.invalidArgument, undefined, "Worksheet.position");
      m.sheets.splice(m.sheets.indexOf(s), 1);
      m.sheets.splice(v, 0, s);
      m.emit({ kind: "sheets", sheetId: s.id, source: "addin" });
    },
  },
  {
    name: "visibility",
    get: (s: SheetData) => s.visibility,
    set: (s: SheetData, v, env) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw new HostError(ErrorCodes.invalidArgument, undefined, "Worksheet.visibility");
      s.visibility = v;
      model(env).emit({ kind: "sheets", sheetId: s.id, source: "addin" });
    },
  },
  {
    name: "tabColor",
    since: "1.7",
    get: (s: SheetData) => s.tabColor || "",
    set: (s: SheetData, v, env) => {
      s.tabColor = v === "" || v === null ? undefined : normaliseColor(v);
      model(env).emit({ kind: "sheets", sheetId: s.id, source: "addin" });
    },
  },
  { name: "protection", since: "1.2", nav: (ws: Worksheet) => new WorksheetProtection(ws._ctx, (env) => ws._resolve(env), "1.2", "Worksheet.protection") },
  { name: "notes", since: "1.18", nav: (ws: Worksheet) => new NoteCollection(ws._ctx, (env) => ws._resolve(env), "1.18", "Worksheet.notes") },
  { name: "comments", since: "1.10", nav: (ws: Worksheet) => new CommentCollection(ws._ctx, (env) => ws._resolve(env), "1.10", "Worksheet.comments") },
]);

export class WorksheetProtection extends ClientObject {
  protect(): void {
    this._ctx._enqueue(this, "WorksheetProtection.protect", "1.2", (s: SheetData, env) => {
      if (s.protected) throw new HostError(ErrorCodes.invalidOperation, "The worksheet is already protected.", "WorksheetProtection.protect");
      s.protected = true;
      model(env).emit({ kind: "protection", sheetId: s.id, source: "addin" });
    });
  }

  unprotect(): void {
    this._ctx._enqueue(this, "WorksheetProtection.unprotect", "1.2", (s: SheetData, env) => {
      s.protected = false;
      model(env).emit({ kind: "protection", sheetId: s.id, source: "addin" });
    });
  }
}

declareClass(WorksheetProtection, "WorksheetProtection", [
  { name: "protected", get: (s: SheetData) => s.protected },
  { name: "options", get: () => ({ allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false, allowInsertColumns: false, allowInsertRows: false, allowDeleteColumns: false, allowDeleteRows: false, allowSort: false, allowAutoFilter: false, allowPivotTables: false, allowEditObjects: false, allowEditScenarios: false, allowInsertHyperlinks: false, selectionMode: "Normal" }) },
]);

/** OfficeExtension.EventHandlerResult: remove() takes the handler off at the next sync of its context. */
export class EventHandlerResult {
  constructor(
    public readonly context: RequestContext,
    private readonly handlers: EventHandlers,
    private readonly handler: (args: any) => unknown,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/** OfficeExtension.EventHandlers for Worksheet.onChanged: registration and removal happen at sync. */
export class EventHandlers {
  private regs: Array<{ handler: (args: any) => unknown; reg?: Registration }> = [];

  constructor(
    private readonly owner: Worksheet,
    private readonly since: string,
    private readonly location: string,
  ) {}

  add(handler: (args: any) => unknown): EventHandlerResult {
    if (typeof handler !== "function") throw this.owner._ctx._toOfficeError(new HostError(ErrorCodes.invalidArgument, undefined, this.location + ".add"));
    const ctx = this.owner._ctx;
    const entry: { handler: (args: any) => unknown; reg?: Registration } = { handler };
    this.regs.push(entry);
    ctx._enqueue(this.owner, this.location + ".add", this.since, (s: SheetData, env) => {
      const reg: Registration = { sheetId: s.id, handler, context: ctx, active: false };
      env.host.events.add(reg);
      entry.reg = reg;
    });
    return new EventHandlerResult(ctx, this, handler);
  }

  remove(handler: (args: any) => unknown): void {
    const ctx = this.owner._ctx;
    ctx._enqueue(undefined, this.location + ".remove", this.since, (_t, env) => {
      for (let i = 0; i < this.regs.length; i++) {
        if (this.regs[i].handler !== handler) continue;
        const reg = this.regs[i].reg;
        if (reg) env.host.events.remove(reg);
        this.regs.splice(i, 1);
        return;
      }
    });
  }

  removeAll(): void {
    const ctx = this.owner._ctx;
    ctx._enqueue(undefined, this.location + ".removeAll", this.since, (_t, env) => {
      for (let i = 0; i < this.regs.length; i++) {
        const reg = this.regs[i].reg;
        if (reg) env.host.events.remove(reg);
      }
      this.regs = [];
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class WorksheetCollection extends ClientObject {
  getActiveWorksheet(): Worksheet {
    return Worksheet.create(this._ctx, (env) => {
      const s = model(env).activeSheet;
      if (!s) throw new HostError(ErrorCodes.itemNotFound, undefined, "WorksheetCollection.getActiveWorksheet");
      return s;
    });
  }

  getItem(key: string): Worksheet {
    return Worksheet.create(this._ctx, (env) => {
      const s = model(env).findSheet(String(key));
      if (!s) throw new HostError(ErrorCodes.itemNotFound, undefined, "WorksheetCollection.getItem");
      return s;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return Worksheet.create(this._ctx, (env) => model(env).findSheet(String(key)) || NULL_TARGET, "1.4", "WorksheetCollection.getItemOrNullObject");
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    return Worksheet.create(
      this._ctx,
      (env) => {
        const list = model(env).sheets.filter((s) => !visibleOnly || s.visibility === "Visible");
        if (!list.length) throw new HostError(ErrorCodes.itemNotFound, undefined, "WorksheetCollection.getFirst");
        return list[0];
      },
      "1.5",
      "WorksheetCollection.getFirst",
    );
  }

  getLast(visibleOnly?: boolean): Worksheet {
    return Worksheet.create(
      this._ctx,
      (env) => {
        const list = model(env).sheets.filter((s) => !visibleOnly || s.visibility === "Visible");
        if (!list.length) throw new HostError(ErrorCodes.itemNotFound, undefined, "WorksheetCollection.getLast");
        return list[list.length - 1];
      },
      "1.5",
      "WorksheetCollection.getLast",
    );
  }

  add(name?: string): Worksheet {
    const id = "{" + this._ctx._host.model.newId("sheet-") + "}";
    this._ctx._enqueue(this, "WorksheetCollection.add", undefined, (_t, env) => {
      const m = model(env);
      let n = name;
      if (n === undefined || n === null || n === "") {
        let i = m.sheets.length + 1;
        while (m.findSheet("Sheet" + i)) i++;
        n = "Sheet" + i;
      }
      if (!validSheetName(n)) throw new HostError(ErrorCodes.invalidArgument, undefined, "WorksheetCollection.add");
      if (m.findSheet(n)) throw new HostError(ErrorCodes.itemAlreadyExists, undefined, "WorksheetCollection.add");
      m.addSheet(n, { id });
    });
    return this.getItem(id);
  }

  getCount(visibleOnly?: boolean): ClientResult<number> {
    const result = new ClientResult<number>(this._ctx._host);
    this._ctx._enqueue(this, "WorksheetCollection.getCount", "1.4", (_t, env) => {
      const n = model(env).sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length;
      return () => result._set(n);
    });
    return result;
  }
}

declareClass(WorksheetCollection, "WorksheetCollection", [], (_t, env, coll: WorksheetCollection) =>
  model(env).sheets.map((s) => {
    const id = s.id;
    return Worksheet.create(coll._ctx, (e) => {
      const found = model(e).findSheet(id);
      if (!found) throw new HostError(ErrorCodes.itemNotFound, undefined, "Worksheet");
      return found;
    });
  }),
);
