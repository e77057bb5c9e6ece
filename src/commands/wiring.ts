// Which implementations the ribbon's 一键检查 runs with. The Excel adapter (src/excel) is passed in as `sheet`;
// without one, the command reports that reading the sheet is not available and still completes.
import { checkGrid } from "../core/check";
import { notifyOffice } from "./notify";
import type { OneClickDeps, SheetPort } from "./one-click";

const NO_SHEET: SheetPort = {
  readSheet: function () {
    return Promise.reject(new Error("此版本的加载项未接入 Excel 读写模块，无法读取工作表。"));
  },
  highlight: function () {
    return Promise.reject(new Error("此版本的加载项未接入 Excel 读写模块，无法标记单元格。"));
  },
};

export function oneClickDeps(sheet?: SheetPort): OneClickDeps {
  const port = sheet || NO_SHEET;
  return {
    readSheet: port.readSheet,
    highlight: port.highlight,
    checkGrid: function (grid) {
      return checkGrid(grid);
    },
    notify: notifyOffice,
  };
}
