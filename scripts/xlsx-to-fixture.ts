// Turns a worksheet of an .xlsx file into a JSON grid fixture (test/fixtures/*.json), the readable source of tests.
// Usage: npx ts-node --transpile-only scripts/xlsx-to-fixture.ts IN.xlsx OUT.json [sheet] [description]
import ExcelJS from "exceljs";
import * as fs from "fs";
import { worksheetToGrid } from "../src/xlsx/read";
import { gridToFixture, serializeFixture } from "../test/fixtures/fixture";

async function main(): Promise<void> {
  const [input, output, sheet, description] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error("没有工作表 " + sheet);
  const fixture = gridToFixture(worksheetToGrid(ws), description || "");
  fs.writeFileSync(output, serializeFixture(fixture));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
