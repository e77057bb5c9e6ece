// Excel.NoteCollection / Note (ExcelApi 1.18: the classic cell notes) and Excel.CommentCollection / Comment
// (ExcelApi 1.10: threaded comments). A cell holds a note or a threaded comment, never both (Excel refuses the second).
import { cellA1, parseArea, splitSheet } from "../address";
import { ErrorCodes, HostError } from "../errors";
import type { CommentData, FakeWorkbook, SheetData } from "../model";
import type { SyncEnv } from "./core";
import { ClientObject, ClientResult, declareClass, guardWrite, NULL_TARGET } from "./core";
import { Range } from "./range";

/* eslint-disable @typescript-eslint/no-explicit-any */

function model(env: SyncEnv): FakeWorkbook {
  return env.host.model;
}

interface NoteTarget {
  sheet: SheetData;
  a1: string;
}

/** A single cell given as "B5", "Sheet1!B5" or a Range proxy → { sheet, a1 } (sheet undefined: the caller's). */
function cellOf(address: unknown, env: SyncEnv, location: string, needSheet: boolean): { sheet?: SheetData; a1: string } {
  if (address instanceof Range) {
    const t = address._resolve(env);
    if (t === NULL_TARGET || t.range.top !== t.range.bottom || t.range.left !== t.range.right) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
    return { sheet: t.sheet, a1: cellA1(t.range.top, t.range.left) };
  }
  if (typeof address !== "string") throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  const parts = splitSheet(address);
  const area = parseArea(parts.local);
  if (!area || area.top !== area.bottom || area.left !== area.right) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  if (needSheet && parts.sheet === undefined) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  let sheet: SheetData | undefined;
  if (parts.sheet !== undefined) {
    sheet = model(env).findSheet(parts.sheet);
    if (!sheet) throw new HostError(ErrorCodes.invalidArgument, undefined, location);
  }
  return { sheet, a1: cellA1(area.top, area.left) };
}

function notesInOrder(sheet: SheetData): string[] {
  const keys: Array<{ a1: string; row: number; col: number }> = [];
  for (const a1 in sheet.notes) {
    if (!Object.prototype.hasOwnProperty.call(sheet.notes, a1)) continue;
    const r = parseArea(a1);
    if (r) keys.push({ a1, row: r.top, col: r.left });
  }
  keys.sort((a, b) => a.row - b.row || a.col - b.col);
  return keys.map((k) => k.a1);
}

export class NoteCollection extends ClientObject {
  add(cellAddress: unknown, content: unknown): Note {
    this._ctx._check(cellAddress);
    let where: NoteTarget | undefined;
    this._ctx._enqueue(this, "NoteCollection.add", "1.18", (sheet: SheetData, env) => {
      const cell = cellOf(cellAddress, env, "NoteCollection.add", false);
      if (cell.sheet && cell.sheet !== sheet) throw new HostError(ErrorCodes.invalidArgument, undefined, "NoteCollection.add");
      if (typeof content !== "string") throw new HostError(ErrorCodes.invalidArgument, undefined, "NoteCollection.add");
      guardWrite(sheet, "NoteCollection.add");
      try {
        model(env).addNote(sheet, cell.a1, content);
      } catch (e) {
        throw new HostError(ErrorCodes.invalidArgument, "The cell already has a " + ((e as Error).message === "comment" ? "comment" : "note") + ".", "NoteCollection.add");
      }
      where = { sheet, a1: cell.a1 };
    });
    return new Note(
      this._ctx,
      () => {
        if (!where) throw new HostError(ErrorCodes.itemNotFound, undefined, "Note");
        return noteAt(where.sheet, where.a1, "Note");
      },
      "1.18",
    );
  }

  getItem(key: unknown): Note {
    return this.item(key, false);
  }

  getItemOrNullObject(key: unknown): Note {
    return this.item(key, true);
  }

  private item(key: unknown, orNull: boolean): Note {
    this._ctx._check(key);
    const location = orNull ? "NoteCollection.getItemOrNullObject" : "NoteCollection.getItem";
    return new Note(
      this._ctx,
      (env) => {
        const sheet = this._resolve(env) as SheetData | typeof NULL_TARGET;
        if (sheet === NULL_TARGET) return NULL_TARGET;
        const cell = cellOf(key, env, location, false);
        const s = cell.sheet || sheet;
        if (!s.notes[cell.a1]) {
          if (orNull) return NULL_TARGET;
          throw new HostError(ErrorCodes.itemNotFound, undefined, location);
        }
        return { sheet: s, a1: cell.a1 };
      },
      "1.18",
      location,
    );
  }

  getItemAt(index: number): Note {
    return new Note(
      this._ctx,
      (env) => {
        const sheet = this._resolve(env) as SheetData | typeof NULL_TARGET;
        if (sheet === NULL_TARGET) return NULL_TARGET;
        const a1 = notesInOrder(sheet)[index];
        if (!a1) throw new HostError(ErrorCodes.itemNotFound, undefined, "NoteCollection.getItemAt");
        return { sheet, a1 };
      },
      "1.18",
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this._ctx._host);
    this._ctx._enqueue(this, "NoteCollection.getCount", "1.18", (sheet: SheetData) => {
      const n = notesInOrder(sheet).length;
      return () => result._set(n);
    });
    return result;
  }
}

function noteAt(sheet: SheetData, a1: string, location: string): NoteTarget {
  if (!sheet.notes[a1]) throw new HostError(ErrorCodes.itemNotFound, undefined, location);
  return { sheet, a1 };
}

declareClass(NoteCollection, "NoteCollection", [], (sheet: SheetData, _env, coll: NoteCollection) =>
  notesInOrder(sheet).map((a1) => new Note(coll._ctx, () => noteAt(sheet, a1, "Note"), "1.18")),
);

export class Note extends ClientObject {
  delete(): void {
    this._ctx._enqueue(this, "Note.delete", "1.18", (t: NoteTarget, env) => {
      guardWrite(t.sheet, "Note.delete");
      model(env).deleteNote(t.sheet, t.a1);
    });
  }

  getLocation(): Range {
    return Range.create(this._ctx, (env) => {
      const t = this._resolve(env) as NoteTarget | typeof NULL_TARGET;
      if (t === NULL_TARGET) return NULL_TARGET;
      return { sheet: t.sheet, range: parseArea(t.a1)! };
    });
  }
}

declareClass(Note, "Note", [
  {
    name: "content",
    get: (t: NoteTarget) => t.sheet.notes[t.a1].content,
    set: (t: NoteTarget, v, env) => {
      if (typeof v !== "string") throw new HostError(ErrorCodes.invalidArgument, undefined, "Note.content");
      guardWrite(t.sheet, "Note.content");
      t.sheet.notes[t.a1].content = v;
      model(env).emit({ kind: "notes", sheetId: t.sheet.id, range: parseArea(t.a1), source: "addin" });
    },
  },
  { name: "authorName", get: (t: NoteTarget) => t.sheet.notes[t.a1].author },
  {
    name: "height",
    get: (t: NoteTarget) => t.sheet.notes[t.a1].height || 59.25,
    set: (t: NoteTarget, v) => {
      t.sheet.notes[t.a1].height = Number(v);
    },
  },
  {
    name: "width",
    get: (t: NoteTarget) => t.sheet.notes[t.a1].width || 144,
    set: (t: NoteTarget, v) => {
      t.sheet.notes[t.a1].width = Number(v);
    },
  },
  {
    name: "visible",
    get: (t: NoteTarget) => !!t.sheet.notes[t.a1].visible,
    set: (t: NoteTarget, v) => {
      t.sheet.notes[t.a1].visible = !!v;
    },
  },
]);

// ---------------------------------------------------------------------------------------------------------------

/** Workbook.comments (target "workbook": all sheets) or Worksheet.comments (target: the sheet). */
export class CommentCollection extends ClientObject {
  add(cellAddress: unknown, content: unknown, contentType?: string): Comment {
    this._ctx._check(cellAddress);
    const id = "{" + this._ctx._host.model.newId("comment-") + "}";
    this._ctx._enqueue(this, "CommentCollection.add", "1.10", (owner: SheetData | "workbook", env) => {
      const cell = cellOf(cellAddress, env, "CommentCollection.add", owner === "workbook" && !(cellAddress instanceof Range));
      const sheet = cell.sheet || (owner as SheetData);
      if (owner !== "workbook" && sheet !== owner) throw new HostError(ErrorCodes.invalidArgument, undefined, "CommentCollection.add");
      if (typeof content !== "string" || (contentType !== undefined && contentType !== "Plain" && contentType !== "Mention")) throw new HostError(ErrorCodes.invalidArgument, undefined, "CommentCollection.add");
      guardWrite(sheet, "CommentCollection.add");
      try {
        model(env).addComment(sheet, cell.a1, content, id);
      } catch (e) {
        throw new HostError(ErrorCodes.invalidArgument, "The cell already has a " + ((e as Error).message === "note" ? "note" : "comment") + ".", "CommentCollection.add");
      }
    });
    return new Comment(this._ctx, byId(id, "Comment"), "1.10");
  }

  getItem(commentId: string): Comment {
    return new Comment(this._ctx, byId(commentId, "CommentCollection.getItem"), "1.10");
  }

  getItemAt(index: number): Comment {
    return new Comment(
      this._ctx,
      (env) => {
        const list = this.list(env);
        if (!list[index]) throw new HostError(ErrorCodes.itemNotFound, undefined, "CommentCollection.getItemAt");
        return list[index];
      },
      "1.10",
    );
  }

  getItemByCell(cellAddress: unknown): Comment {
    this._ctx._check(cellAddress);
    return new Comment(
      this._ctx,
      (env) => {
        const owner = this._resolve(env);
        const cell = cellOf(cellAddress, env, "CommentCollection.getItemByCell", owner === "workbook" && !(cellAddress instanceof Range));
        const sheet = cell.sheet || (owner as SheetData);
        const c = model(env).commentAt(sheet, cell.a1);
        if (!c) throw new HostError(ErrorCodes.itemNotFound, undefined, "CommentCollection.getItemByCell");
        return c;
      },
      "1.10",
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(this._ctx._host);
    this._ctx._enqueue(this, "CommentCollection.getCount", "1.10", (_t, env) => {
      const n = this.list(env).length;
      return () => result._set(n);
    });
    return result;
  }

  list(env: SyncEnv): CommentData[] {
    const owner = this._resolve(env);
    if (owner === NULL_TARGET) return [];
    return model(env).comments.filter((c) => owner === "workbook" || c.sheetId === (owner as SheetData).id);
  }
}

function byId(id: string, location: string) {
  return (env: SyncEnv): CommentData => {
    const list = model(env).comments;
    for (let i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    throw new HostError(ErrorCodes.itemNotFound, undefined, location);
  };
}

declareClass(CommentCollection, "CommentCollection", [], (_t, env, coll: CommentCollection) => coll.list(env).map((c) => new Comment(coll._ctx, byId(c.id, "Comment"), "1.10")));

export class Comment extends ClientObject {
  delete(): void {
    this._ctx._enqueue(this, "Comment.delete", "1.10", (c: CommentData, env) => {
      const sheet = model(env).findSheet(c.sheetId);
      if (sheet) guardWrite(sheet, "Comment.delete");
      model(env).deleteComment(c);
    });
  }

  getLocation(): Range {
    return Range.create(this._ctx, (env) => {
      const c = this._resolve(env) as CommentData | typeof NULL_TARGET;
      if (c === NULL_TARGET) return NULL_TARGET;
      const sheet = model(env).findSheet(c.sheetId);
      if (!sheet) throw new HostError(ErrorCodes.itemNotFound, undefined, "Comment.getLocation");
      return { sheet, range: parseArea(c.cell)! };
    });
  }
}

declareClass(Comment, "Comment", [
  { name: "id", get: (c: CommentData) => c.id },
  {
    name: "content",
    get: (c: CommentData) => c.content,
    set: (c: CommentData, v, env) => {
      if (typeof v !== "string") throw new HostError(ErrorCodes.invalidArgument, undefined, "Comment.content");
      c.content = v;
      model(env).emit({ kind: "comments", sheetId: c.sheetId, range: parseArea(c.cell), source: "addin" });
    },
  },
  { name: "authorName", get: (c: CommentData) => c.authorName },
  { name: "authorEmail", get: (c: CommentData) => c.authorEmail },
  { name: "creationDate", get: (c: CommentData) => new Date(c.creationDate) },
  {
    name: "resolved",
    since: "1.11",
    get: (c: CommentData) => c.resolved,
    set: (c: CommentData, v, env) => {
      c.resolved = !!v;
      model(env).emit({ kind: "comments", sheetId: c.sheetId, range: parseArea(c.cell), source: "addin" });
    },
  },
  { name: "contentType", since: "1.12", get: () => "Plain" },
]);

