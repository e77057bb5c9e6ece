/// <reference types="office-js" />
// Where Ziping keeps its own state in the workbook (undo steps, what it marked), so 撤销 and 清除标记 still work after
// the pane was closed and reopened, or the file was saved and opened again.
//
// ExcelApi 1.4+: Workbook.settings, read and written inside the same batch as the cells (no extra sync).
// Older Excel: Office.context.document.settings (Common API, in memory until saveAsync), written after the batch synced.
// Both are stored in the file, per add-in, under xl/webextensions/. Values are JSON strings; callers keep them small.
//
// Office.js used here:
//   Workbook.settings (1.4) · SettingCollection.getItemOrNullObject(key) (1.4) · SettingCollection.add(key, value) (1.4)
//   Setting.value (1.4) · Setting.delete() (1.4) · Setting.isNullObject
//   Office.context.document.settings.get/set/remove/saveAsync (Common API, Settings)
import type { Features } from "./features";

/** The subset of Office.Settings Ziping uses (injectable for tests). */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

export interface StateStore {
  readonly kind: "workbook" | "document" | "memory";
  /** Queues a read of `key` in the current batch; call the returned getter after the next context.sync(). */
  read(context: Excel.RequestContext, key: string): () => string | null;
  /** Queues a write (null removes the key) in the current batch; effective once the batch synced and commit() ran. */
  write(context: Excel.RequestContext, key: string, value: string | null): void;
  /** After the batch synced: makes the writes durable (document settings: saveAsync). */
  commit(): Promise<void>;
}

/** Workbook.settings (ExcelApi 1.4): read and written inside the batch. */
export function workbookSettingsStore(): StateStore {
  const known: { [key: string]: Excel.Setting } = {};
  return {
    kind: "workbook",
    read(context, key) {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load("value");
      known[key] = item;
      return () => {
        if (item.isNullObject) return null;
        const v = item.value;
        return typeof v === "string" && v !== "" ? v : v === null || v === undefined || v === "" ? null : JSON.stringify(v);
      };
    },
    write(context, key, value) {
      if (value !== null) {
        context.workbook.settings.add(key, value);
        return;
      }
      const item = known[key];
      if (item && !item.isNullObject) item.delete();
      else if (!item) context.workbook.settings.add(key, ""); // existence unknown: an empty value reads as "absent"
    },
    commit() {
      return Promise.resolve();
    },
  };
}

/** Office.context.document.settings: writes staged until the batch synced, then saved with saveAsync. */
export function documentSettingsStore(settings: DocumentSettingsLike): StateStore {
  let pending: Array<{ key: string; value: string | null }> = [];
  return {
    kind: "document",
    read(_context, key) {
      const v = settings.get(key);
      return () => (typeof v === "string" && v !== "" ? v : null);
    },
    write(_context, key, value) {
      pending.push({ key, value });
    },
    commit() {
      const writes = pending;
      pending = [];
      if (!writes.length) return Promise.resolve();
      for (let i = 0; i < writes.length; i++) {
        if (writes[i].value === null) settings.remove(writes[i].key);
        else settings.set(writes[i].key, writes[i].value);
      }
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result && String(result.status).toLowerCase() === "failed") {
            reject(new Error("保存加载项设置失败：" + ((result.error && result.error.message) || "未知原因")));
          } else resolve();
        });
      });
    },
  };
}

/** Process memory only (outside Office): nothing survives a reload. */
export function memoryStore(initial: { [key: string]: string } = {}): StateStore {
  const data: { [key: string]: string } = {};
  for (const k in initial) if (Object.prototype.hasOwnProperty.call(initial, k)) data[k] = initial[k];
  let pending: Array<{ key: string; value: string | null }> = [];
  return {
    kind: "memory",
    read(_context, key) {
      return () => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : null);
    },
    write(_context, key, value) {
      pending.push({ key, value });
    },
    commit() {
      for (let i = 0; i < pending.length; i++) {
        if (pending[i].value === null) delete data[pending[i].key];
        else data[pending[i].key] = pending[i].value as string;
      }
      pending = [];
      return Promise.resolve();
    },
  };
}

/** The best store this Excel offers. */
export function defaultStore(features: Features, documentSettings?: DocumentSettingsLike): StateStore {
  if (features.workbookSettings) return workbookSettingsStore();
  if (documentSettings) return documentSettingsStore(documentSettings);
  const office = typeof Office !== "undefined" ? Office : undefined;
  const settings = office && office.context && office.context.document && office.context.document.settings;
  if (settings) return documentSettingsStore(settings as unknown as DocumentSettingsLike);
  return memoryStore();
}

export function parseJson<T>(text: string | null): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    return undefined;
  }
}
