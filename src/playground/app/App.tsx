// The playground page: toolbar (samples, 打开工作簿…, 下载工作簿, Excel version, round trips), the workbook grid on
// the left and the REAL task pane (addin/taskpane.html, unmodified) in a frame on the right.
import { Component } from "preact";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ProfileName } from "../fake-office";
import type { Playground } from "./controller";
import { PROFILE_LABELS, downloadName, errorText } from "./controller";
import { Grid } from "./Grid";

export function App(props: { playground: Playground }) {
  const pg = props.playground;
  const [, setTick] = useState(0);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => pg.subscribe(() => setTick((t) => t + 1)), [pg]);
  const wb = pg.workbook;
  useEffect(() => {
    if (!wb) return undefined;
    return wb.subscribe(() => setVersion((v) => v + 1));
  }, [wb]);

  const onSample = (file: string) => {
    setSelected(file);
    if (file) void pg.openSample(file);
  };

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    setSelected("");
    file.arrayBuffer().then(
      (bytes) => pg.openBytes(bytes, file.name),
      (err: unknown) => pg.setBanner({ kind: "error", text: "无法读取“" + file.name + "”：" + errorText(err) }),
    );
  };

  const onDownload = () => {
    pg.xlsx().then(
      (bytes) => {
        const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = downloadName(pg.fileName);
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
      },
      (err: unknown) => pg.setBanner({ kind: "error", text: "无法保存工作簿：" + errorText(err) }),
    );
  };

  const profiles: ProfileName[] = ["excel2016", "current"];
  const sampleValue = selected || (pg.samples.some((s) => s.file === pg.fileName) ? pg.fileName : "");
  return (
    <div class="pg-app">
      <header class="pg-toolbar">
        <h1 class="pg-title">自评表助手 · 试用</h1>
        <label class="pg-field">
          <span>样例</span>
          <select aria-label="样例" data-testid="sample-picker" value={sampleValue} onChange={(e: Event) => onSample((e.currentTarget as HTMLSelectElement).value)}>
            {!sampleValue && <option value="">（自己的文件）</option>}
            {pg.samples.map((s) => (
              <option key={s.file} value={s.file} title={s.description}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="pg-button" onClick={() => fileInput.current && fileInput.current.click()}>
          打开工作簿…
        </button>
        <input ref={fileInput} type="file" class="pg-hidden" data-testid="file-input" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={onFile} />
        <button type="button" class="pg-button" disabled={!wb} onClick={onDownload}>
          下载工作簿
        </button>
        <div class="pg-segmented" role="group" aria-label="模拟的 Excel 版本">
          {profiles.map((p) => (
            <button key={p} type="button" class={"pg-segment" + (pg.profile === p ? " pg-segment-on" : "")} aria-pressed={pg.profile === p ? "true" : "false"} onClick={() => pg.setProfile(p)}>
              {PROFILE_LABELS[p]}
            </button>
          ))}
        </div>
        <span class="pg-status" data-testid="status" aria-live="polite">
          {pg.loading ? "正在打开…" : (pg.fileName ? pg.fileName + " · " : "") + (pg.roundTrips === null ? "任务窗格尚未访问工作簿" : "上次操作 " + pg.roundTrips + " 次往返")}
        </span>
      </header>
      {pg.banner && (
        <div class={"pg-banner pg-banner-" + pg.banner.kind} role="alert" data-testid="banner">
          <span>{pg.banner.text}</span>
          <button type="button" class="pg-link" aria-label="关闭消息" onClick={() => pg.setBanner(null)}>
            ×
          </button>
        </div>
      )}
      <main class="pg-main">
        <section class="pg-workbook" aria-label="工作簿">
          {wb ? <Grid workbook={wb} version={version} onError={(text) => pg.setBanner({ kind: "error", text })} /> : <p class="pg-grid-empty">{pg.loading ? "正在打开工作簿…" : "请选择样例或打开工作簿。"}</p>}
        </section>
        <aside class="pg-pane" aria-label="任务窗格">
          {wb ? <iframe key={pg.paneGeneration} class="pg-pane-frame" title="自评表助手任务窗格" src={"addin/taskpane.html?pane=" + pg.paneGeneration} /> : null}
        </aside>
      </main>
    </div>
  );
}

/** Whatever goes wrong while rendering, the page says so in Chinese instead of going blank. */
export class ErrorBoundary extends Component<{ children?: ComponentChildren }, { error: string | null }> {
  state = { error: null as string | null };

  componentDidCatch(error: unknown) {
    this.setState({ error: errorText(error) });
  }

  render() {
    if (this.state.error) {
      return (
        <div class="pg-banner pg-banner-error pg-fatal" role="alert">
          试用页出错：{this.state.error}。请刷新页面重试。
        </div>
      );
    }
    return this.props.children;
  }
}
