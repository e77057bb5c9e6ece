// Which implementations the ribbon's 一键检查 runs with: the same WorkbookHost the pane uses (src/excel underneath),
// so the command marks exactly what the pane would, ignored findings left out.
import { checkGrid } from "../core/check";
import type { WorkbookHost } from "../taskpane/host";
import { isOk } from "../taskpane/host";
import { markedFindings } from "../taskpane/model";
import { notifyOffice } from "./notify";
import type { OneClickDeps, SheetPort } from "./one-click";

export function hostSheetPort(host: WorkbookHost): SheetPort {
  return {
    readSheet: function () {
      return host.readActiveSheet().then(function (read) {
        return read.grid;
      });
    },
    highlight: function (report) {
      return host
        .loadIgnored()
        .then(function (ignored) {
          return host.highlight(report.sheetName, markedFindings(report, ignored));
        })
        .then(function (result) {
          if (!isOk(result)) throw new Error("refused" in result ? result.refused : "表格已修改，请重新检查。");
        });
    },
  };
}

export function oneClickDeps(sheet: SheetPort): OneClickDeps {
  return {
    readSheet: sheet.readSheet,
    highlight: sheet.highlight,
    checkGrid: function (grid) {
      return checkGrid(grid);
    },
    notify: notifyOffice,
  };
}
