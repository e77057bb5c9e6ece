// The workbook grid: sheet tabs, name box + formula bar, and the active sheet's cells with merges, widths, fills,
// fonts, borders, notes and comments. Click or arrows select; double-click, F2 or typing edits; Enter commits through
// FakeWorkbook.userEdit (so the pane sees Worksheet.onChanged, as in Excel).
import type { JSX } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { FakeWorkbook, SheetData } from "../fake-office";
import { cellA1, formatArea } from "../fake-office";
import type { CellRange } from "../fake-office/address";
import type { Direction } from "./grid-logic";
import { areaAt, borderStyle, borderWidth, editText, extent, inRange, move, textAlign, verticalAlign } from "./grid-logic";

export interface GridProps {
  workbook: FakeWorkbook;
  /** Bumped on every workbook change: re-render. */
  version: number;
  onError(text: string): void;
}

interface Editing {
  sheetId: string;
  range: CellRange;
  text: string;
  /** Started by typing (arrow keys commit and move) rather than F2 / double-click. */
  typed: boolean;
}

function columnName(col: number): string {
  return cellA1(0, col).replace(/\d+$/, "");
}

export function Grid(props: GridProps) {
  const wb = props.workbook;
  const sheet = wb.activeSheet || wb.sheets[0];
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit in progress, also as a ref: Enter and the editor's blur must not both commit it.
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };
  const [barText, setBarText] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);

  // Layout effect: the editor has focus and its caret before anyone can type into it (a plain effect runs after
  // paint, and a fast typist — or a test — could have selected the text by then).
  useLayoutEffect(() => {
    if (editing && editorRef.current) {
      editorRef.current.focus();
      const n = editorRef.current.value.length;
      editorRef.current.setSelectionRange(n, n);
    }
  }, [editing && editing.range.top, editing && editing.range.left, !!editing]);

  // Keep the selected cell in view (the pane selects cells far down the sheet).
  const sel = wb.selectedRange();
  const selKey = sel ? sel.sheet.id + "!" + formatArea(sel.range) : "";
  useEffect(() => {
    if (!sel || !gridRef.current) return;
    const el = gridRef.current.querySelector('[data-address="' + cellA1(sel.range.top, sel.range.left) + '"]') as HTMLElement | null;
    if (el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "nearest", inline: "nearest" });
    setBarText(null);
  }, [selKey]);

  if (!sheet) return <div class="pg-grid-empty">工作簿中没有工作表。</div>;

  const size = extent(wb, sheet);
  const range = sel && sel.sheet === sheet ? sel.range : { top: 0, left: 0, bottom: 0, right: 0 };
  const active = { row: range.top, col: range.left };
  const activeArea = areaAt(wb, sheet, active.row, active.col);
  const activeCell = wb.getCell(sheet, active.row, active.col);
  const activeText = editText(activeCell, wb.textAt(sheet, active.row, active.col));

  const select = (r: CellRange) => wb.select(sheet, r, "user");

  const commit = (sheetId: string, r: CellRange, text: string): boolean => {
    try {
      wb.userEdit(cellA1(r.top, r.left), text, { sheet: sheetId });
      return true;
    } catch (e) {
      props.onError("无法修改单元格：" + (e instanceof Error ? e.message : String(e)));
      return false;
    }
  };

  const focusGrid = () => {
    if (gridRef.current) gridRef.current.focus();
  };

  const finishEdit = (save: boolean, then?: Direction) => {
    const e = editingRef.current;
    if (!e && !then) return;
    setEditing(null);
    if (e && save) commit(e.sheetId, e.range, e.text);
    if (then) select(move(wb, sheet, e ? e.range : activeArea, then, size));
    focusGrid();
  };

  const startEdit = (text: string, typed: boolean) => setEditing({ sheetId: sheet.id, range: activeArea, text, typed });

  const onGridKey = (e: KeyboardEvent) => {
    if (editing) return;
    const dirs: { [key: string]: Direction } = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };
    if (dirs[e.key]) {
      e.preventDefault();
      select(move(wb, sheet, activeArea, dirs[e.key], size));
    } else if (e.key === "Enter") {
      e.preventDefault();
      select(move(wb, sheet, activeArea, e.shiftKey ? "up" : "down", size));
    } else if (e.key === "Tab") {
      e.preventDefault();
      select(move(wb, sheet, activeArea, e.shiftKey ? "left" : "right", size));
    } else if (e.key === "F2") {
      e.preventDefault();
      startEdit(activeText, false);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      if (activeCell && (activeCell.value !== null || activeCell.formula)) commit(sheet.id, activeArea, "");
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(e.key, true);
    }
  };

  const onEditorKey = (e: KeyboardEvent) => {
    // Never also the grid's key handler: by the time the event bubbles there, the grid has re-rendered (not editing).
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      finishEdit(true, e.shiftKey ? "up" : "down");
    } else if (e.key === "Tab") {
      e.preventDefault();
      finishEdit(true, e.shiftKey ? "left" : "right");
    } else if (e.key === "Escape") {
      e.preventDefault();
      finishEdit(false);
    } else if (editing && editing.typed && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
      e.preventDefault();
      finishEdit(true, e.key === "ArrowUp" ? "up" : "down");
    }
  };

  // Cells hidden under a merged area's top-left cell.
  const covered: { [key: string]: boolean } = {};
  for (let i = 0; i < sheet.merges.length; i++) {
    const m = sheet.merges[i];
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered[r + "," + c] = true;
  }

  const cols: number[] = [];
  for (let c = 0; c < size.cols; c++) cols.push(c);
  const rows: JSX.Element[] = [];
  for (let r = 0; r < size.rows; r++) {
    const cells: JSX.Element[] = [<th class={"pg-rowhead" + (r >= range.top && r <= range.bottom ? " pg-head-on" : "")}>{r + 1}</th>];
    for (let c = 0; c < size.cols; c++) {
      if (covered[r + "," + c]) continue;
      const merge = wb.mergeAt(sheet, r, c);
      const rc = wb.renderCell(sheet, r, c);
      const style: { [k: string]: string } = {};
      if (rc.fill) style.background = rc.fill;
      if (rc.fontColor) style.color = rc.fontColor;
      if (rc.bold) style.fontWeight = "bold";
      if (rc.italic) style.fontStyle = "italic";
      style.textAlign = textAlign(rc.alignment && rc.alignment.horizontal, rc.numeric);
      style.verticalAlign = verticalAlign(rc.alignment && rc.alignment.vertical);
      const sides: Array<"top" | "bottom" | "left" | "right"> = ["top", "bottom", "left", "right"];
      for (let i = 0; i < sides.length; i++) {
        const b = rc.borders[sides[i]];
        if (b) style["border-" + sides[i]] = borderWidth(b.weight) + "px " + borderStyle(b.style) + " " + (b.color || "#000");
      }
      const wrap = !!(rc.alignment && rc.alignment.wrapText);
      const isActive = r === active.row && c === active.col;
      const selected = inRange(range, r, c);
      const classes = ["pg-cell"];
      if (wrap) classes.push("pg-wrap");
      if (selected) classes.push("pg-selected");
      if (isActive) classes.push("pg-active");
      if (rc.note) classes.push("pg-has-note");
      if (rc.comment) classes.push("pg-has-comment");
      const title = rc.note ? "批注：" + rc.note : rc.comment ? "批注（线程）：" + rc.comment : undefined;
      const isEditing = !!editing && editing.sheetId === sheet.id && editing.range.top === r && editing.range.left === c;
      cells.push(
        <td
          key={c}
          data-address={rc.address}
          class={classes.join(" ")}
          style={style}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          title={title}
          data-note={rc.note}
          data-comment={rc.comment}
          data-fill={rc.fill}
          aria-selected={selected ? "true" : undefined}
          onMouseDown={(e: MouseEvent) => {
            if (isEditing) return;
            if (e.shiftKey && sel) {
              const a = areaAt(wb, sheet, r, c);
              select({ top: Math.min(range.top, a.top), left: Math.min(range.left, a.left), bottom: Math.max(range.bottom, a.bottom), right: Math.max(range.right, a.right) });
            } else select(areaAt(wb, sheet, r, c));
          }}
          onDblClick={() => {
            const cell = wb.getCell(sheet, r, c);
            setEditing({ sheetId: sheet.id, range: areaAt(wb, sheet, r, c), text: editText(cell, wb.textAt(sheet, r, c)), typed: false });
          }}
        >
          {isEditing ? (
            <input
              ref={editorRef}
              class="pg-editor"
              aria-label={"编辑 " + rc.address}
              value={editing!.text}
              onInput={(e: Event) => setEditing({ ...editing!, text: (e.currentTarget as HTMLInputElement).value })}
              onKeyDown={onEditorKey}
              onBlur={() => finishEdit(true)}
            />
          ) : (
            <span class="pg-text">{rc.text}</span>
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={r} style={{ height: wb.rowHeightPx(sheet, r) + "px" }}>
        {cells}
      </tr>,
    );
  }

  const visibleSheets = wb.sheets.filter((s) => s.visibility === "Visible");
  const barValue = barText !== null ? barText : activeText;
  return (
    <div class="pg-book">
      <div class="pg-formula-bar">
        <output class="pg-namebox" aria-label="名称框" data-testid="namebox">
          {cellA1(active.row, active.col)}
        </output>
        <span class="pg-fx" aria-hidden="true">
          fx
        </span>
        <input
          class="pg-formula"
          aria-label="编辑栏"
          data-testid="formula-bar"
          value={barValue}
          onInput={(e: Event) => setBarText((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e: KeyboardEvent) => {
            if (e.key === "Enter" && barText !== null) {
              e.preventDefault();
              if (commit(sheet.id, activeArea, barText)) setBarText(null);
              focusGrid();
            } else if (e.key === "Escape") {
              setBarText(null);
              focusGrid();
            }
          }}
        />
      </div>
      <div class="pg-grid-scroll" ref={gridRef} tabIndex={0} role="grid" aria-label={"工作表 " + sheet.name} data-selection={formatArea(range)} onKeyDown={onGridKey}>
        {/* An explicit width: table-layout fixed only keeps the column widths when the table's width is set. */}
        <table class="pg-grid" style={{ width: cols.reduce((sum, c) => sum + wb.columnWidthPx(sheet, c), 40) + "px" }}>
          <colgroup>
            <col style={{ width: "40px" }} />
            {cols.map((c) => (
              <col key={c} style={{ width: wb.columnWidthPx(sheet, c) + "px" }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th class="pg-corner" />
              {cols.map((c) => (
                <th key={c} class={"pg-colhead" + (c >= range.left && c <= range.right ? " pg-head-on" : "")}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
      <SheetTabs workbook={wb} sheets={visibleSheets} active={sheet} />
    </div>
  );
}

function SheetTabs(props: { workbook: FakeWorkbook; sheets: SheetData[]; active: SheetData }) {
  return (
    <div class="pg-tabs" role="tablist" aria-label="工作表">
      {props.sheets.map((s) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          class={"pg-tab" + (s === props.active ? " pg-tab-active" : "")}
          aria-selected={s === props.active ? "true" : "false"}
          style={s.tabColor ? { borderBottomColor: s.tabColor } : undefined}
          onClick={() => props.workbook.activate(s, "user")}
        >
          {s.name}
        </button>
      ))}
    </div>
  );
}
