// Rendering the task pane over a memory host, and rules that report exactly what a UI test needs.
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import type { Category, Edit, Rule, Severity } from "../../src/core/rule";
import { App } from "../../src/taskpane/App";
import type { AppProps } from "../../src/taskpane/App";
import type { KeyValueStore } from "../../src/taskpane/model";
import { FIRST_RUN_KEY } from "../../src/taskpane/model";
import type { MemoryHost } from "./memory-host";

export interface MemoryStore extends KeyValueStore {
  data: { [key: string]: string };
}

export function memoryStore(initial: { [key: string]: string } = {}): MemoryStore {
  const data: { [key: string]: string } = { ...initial };
  return {
    data,
    getItem: (key) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : null),
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

/** A store in which the first-run panel was already seen this year. */
export function seenStore(): MemoryStore {
  return memoryStore({ [FIRST_RUN_KEY]: String(new Date().getFullYear()) });
}

export interface FakeFinding {
  id: string;
  severity: Severity;
  category: Category;
  message: string;
  cells: string[];
  fix?: Edit[];
  /** Report only while this holds (e.g. until the fix is applied). */
  when?: (cell: (address: string) => unknown) => boolean;
}

/** Rules that report fixed findings, so pane tests do not depend on the rule catalog. */
export function fakeRules(findings: FakeFinding[], host: () => MemoryHost): Rule[] {
  return findings.map(
    (f): Rule => ({
      id: f.id,
      code: "T",
      category: f.category,
      severity: f.severity,
      description: f.message,
      check: ({ report }) => {
        const h = host();
        if (f.when && !f.when((address) => (h.cell(address) ? (h.cell(address) as { value: unknown }).value : null))) return;
        report({ message: f.message, cells: f.cells, severity: f.severity, fix: f.fix });
      },
    }),
  );
}

export function renderPane(host: MemoryHost, props: Partial<AppProps> = {}) {
  const store = props.storage || seenStore();
  const utils = render(<App host={host} storage={store} {...props} />);
  return { ...utils, store };
}

/** Clicks 检查 and waits until the check (read, highlight, status) has finished. */
export async function checkNow(name = "检查"): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name }));
  await waitFor(() => expect(document.querySelector("main")!.getAttribute("aria-busy")).toBe("false"));
  await waitFor(() => expect(screen.queryByText(/正在/)).toBeNull());
}

/** Waits until no operation runs. */
export async function idle(): Promise<void> {
  await waitFor(() => expect(document.querySelector("main")!.getAttribute("aria-busy")).toBe("false"));
}
