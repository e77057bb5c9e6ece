import * as path from "path";
import { checkRead, readBatch, readInput } from "../../src/cli/batch";
import { gridFromValues } from "../../src/core/grid";
import * as read from "../../src/xlsx/read";
import { buildFormGrid } from "../helpers/form-builder";
import { makeTempDir, removeDir, writeXlsx } from "../helpers/cli";

let dir: string;
let valid: string;
let notes: string;

beforeAll(async () => {
  dir = makeTempDir();
  valid = await writeXlsx(dir, "valid.xlsx", [buildFormGrid({}), gridFromValues("说明", [["填表说明"]])]);
  notes = await writeXlsx(dir, "notes.xlsx", [gridFromValues("说明", [["填表说明"], ["金额单位为万元。"]])]);
});

afterAll(() => removeDir(dir));

describe("reading a batch, then checking it", () => {
  test("a read file holds grids only: the workbook is let go unless a fixed copy will be written", async () => {
    const plain = await readInput({ file: valid }, {});
    expect(plain.workbook).toBeUndefined();
    expect(plain.sheets.map((s) => [s.name, !!s.grid, s.worksheet])).toEqual([
      ["Sheet1", true, undefined],
      ["说明", true, undefined],
    ]);
    const forFix = await readInput({ file: valid }, { keepWorkbook: true });
    expect(forFix.workbook).toBeDefined();
    expect(forFix.sheets.every((s) => s.worksheet !== undefined)).toBe(true);
  });

  test("reads every input in order, telling progress before each, and checks each the same as alone", async () => {
    const seen: string[] = [];
    const missing = path.join(dir, "missing.xlsx");
    const reads = await readBatch([{ file: valid }, { file: missing }, { file: notes }], {}, (input) => seen.push(input.file));
    expect(seen).toEqual([valid, missing, notes]);
    const checked = reads.map((r) => checkRead(r, {}));
    expect(checked.map((c) => [c.file.file, c.forms.length, !!c.file.error, !!c.file.noForm])).toEqual([
      [valid, 1, false, false],
      [missing, 0, true, false],
      [notes, 0, false, true],
    ]);
    expect(checked[0].file.sheets[0].forms[0].score).toEqual({ declared: 99.5, computed: 99.5, grade: "优", declaredGrade: "优" });
  });

  test("a sheet that cannot be turned into a grid is reported on its own; the others are checked", async () => {
    const real = read.worksheetToGrid;
    const spy = jest.spyOn(read, "worksheetToGrid").mockImplementation((ws) => {
      if (ws.name === "说明") throw new Error("bad sheet");
      return real(ws);
    });
    try {
      const checked = checkRead(await readInput({ file: valid }, {}), {});
      expect(checked.file.sheets.map((s) => [s.sheet, s.forms.length, s.error])).toEqual([
        ["Sheet1", 1, undefined],
        ["说明", 0, expect.stringContaining("检查此工作表时程序出错（bad sheet）")],
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
