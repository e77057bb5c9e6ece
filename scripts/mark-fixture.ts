// Writes the current findings of a fixture back into it as inline "expect" markers, for review in the diff.
// Usage: npx ts-node --transpile-only scripts/mark-fixture.ts NAME [NAME…]   (names from test/fixtures/)
import * as fs from "fs";
import * as path from "path";
import { checkGrid } from "../src/core/check";
import { parseRangeAddress } from "../src/core/grid";
import { FIXTURE_DIR, Fixture, FixtureCell, fixtureToGrid, readFixture, serializeFixture } from "../test/fixtures/fixture";

function mark(name: string): void {
  const fixture: Fixture = readFixture(name);
  // Drop old markers.
  fixture.rows = fixture.rows.map((row) =>
    row.map((cell) => {
      if (cell && typeof cell === "object" && "expect" in cell) {
        const { expect: _old, ...rest } = cell as FixtureCell;
        return Object.keys(rest).length === 1 && "v" in rest && rest.v !== undefined && typeof rest.v !== "object" ? rest.v! : rest;
      }
      return cell;
    }),
  );
  const report = checkGrid(fixtureToGrid(fixture));
  for (const form of report.forms) {
    for (const finding of form.findings) {
      const { top, left } = parseRangeAddress(finding.cells[0]);
      while (fixture.rows.length <= top) fixture.rows.push([]);
      const row = fixture.rows[top];
      while (row.length <= left) row.push(null);
      const cell = row[left];
      const obj: FixtureCell = cell !== null && typeof cell === "object" && !("error" in cell) ? (cell as FixtureCell) : { v: cell };
      obj.expect = (obj.expect || []).concat([finding.rule]).sort();
      row[left] = obj;
    }
  }
  fs.writeFileSync(path.join(FIXTURE_DIR, name.replace(/\.json$/, "") + ".json"), serializeFixture(fixture));
}

process.argv.slice(2).forEach(mark);
