// Pane tests of the writing tools over the real sample form (test/fixtures/sample-ziyang-2022.json).
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { fixtureToGrid, readFixture } from "../fixtures/fixture";
import type { MemoryHost, MemoryHostOptions } from "./memory-host";
import { createMemoryHost } from "./memory-host";
import { checkNow, idle, renderPane } from "./pane";

export function sampleHost(options: MemoryHostOptions = {}): MemoryHost {
  return createMemoryHost(fixtureToGrid(readFixture("sample-ziyang-2022")), options);
}

/** Renders the pane over the sample, checks it, opens 写作工具 and a tool by its tab. */
export async function openTool(host: MemoryHost, tab: string, heading: RegExp | string): Promise<void> {
  renderPane(host);
  await checkNow();
  fireEvent.click(screen.getByRole("button", { name: "写作工具" }));
  fireEvent.click(await screen.findByRole("tab", { name: tab }));
  await screen.findByText(heading);
  await idle();
}

export async function waitWritten(host: MemoryHost, calls: number): Promise<void> {
  await waitFor(() => expect(host.calls.filter((c) => c.method === "applyEdits").length).toBe(calls));
  await idle();
}
