// Opens tests/browser/display.ipynb in Debian's Jupyter Notebook, in headless
// Chromium driven by playwright-core, runs every cell and checks that the rich
// outputs a Go cell produced are really rendered in the page: HTML, SVG, a PNG
// chart and a progress bar. The screenshot is kept in tests/artifacts/.
//
// Environment: JUPYTER_PATH (where the test kernelspec is), GOKERNEL_KERNEL_NAME,
// CHROMIUM (default /usr/bin/chromium), JUPYTER (default: jupyter).
import { spawn } from "node:child_process";
import { mkdtempSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:net";
import { randomBytes } from "node:crypto";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "..", "artifacts");
const kernelName = process.env.GOKERNEL_KERNEL_NAME || "gokernel-test";

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitForHTTP(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("notebook server did not answer at " + url);
}

const checks = [];
function check(name, ok, detail = "") {
  checks.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? " — " + detail : ""}`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "gk-browser-"));
  const nb = JSON.parse(readFileSync(join(here, "display.ipynb"), "utf8"));
  nb.metadata.kernelspec.name = kernelName;
  writeFileSync(join(dir, "display.ipynb"), JSON.stringify(nb));
  const port = await freePort();
  const token = randomBytes(12).toString("hex");
  const server = spawn(process.env.JUPYTER || "jupyter", [
    "notebook", "--no-browser", "--allow-root", "--ip=127.0.0.1", `--port=${port}`,
    `--NotebookApp.token=${token}`, `--notebook-dir=${dir}`,
  ], { stdio: ["ignore", "ignore", "pipe"], env: process.env });
  let serverLog = "";
  server.stderr.on("data", (d) => { serverLog += d; });

  let browser;
  try {
    await waitForHTTP(`http://127.0.0.1:${port}/api?token=${token}`, 30000);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    await page.goto(`http://127.0.0.1:${port}/notebooks/display.ipynb?token=${token}`);
    // Classic notebook: wait until the kernel is connected and idle.
    await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel &&
      Jupyter.notebook.kernel.is_connected(), null, { timeout: 60000 });
    await page.evaluate(() => Jupyter.notebook.execute_all_cells());
    // Done when no cell shows the busy prompt "In [*]" and the kernel is idle.
    await page.waitForFunction(() => {
      const cells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === "code");
      return cells.every((c) => c.input_prompt_number !== "*" && c.input_prompt_number !== null) &&
        document.querySelector("#kernel_indicator_icon.kernel_idle_icon") !== null;
    }, null, { timeout: 120000 });

    const html = await page.$("div.output_html b#gk-html");
    check("HTML output rendered", html !== null && (await html.textContent()).includes("bold from Go"));
    const svg = await page.$("div.output_svg svg, div.output_html svg");
    check("SVG output rendered", svg !== null);
    const png = await page.$$eval("div.output_png img", (imgs) =>
      imgs.filter((i) => i.src.startsWith("data:image/png") && i.naturalWidth > 0).length);
    check("PNG image and PNG chart rendered", png >= 2, `${png} PNG image(s)`);
    const progress = await page.$("div.output_html progress, div.output_html [role=progressbar], div.output_html .gk-progress");
    check("progress bar rendered", progress !== null);
    const errors = await page.$$("div.output_error");
    check("no error outputs", errors.length === 0, `${errors.length} error output(s)`);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "display.png"), fullPage: true });
    console.log("screenshot:", join(artifacts, "display.png"));
  } finally {
    if (browser) await browser.close();
    server.kill("SIGTERM");
  }
  const failed = checks.filter((c) => !c.ok).length;
  if (failed) console.log(serverLog.slice(-3000));
  console.log(`browser: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log("browser: 0 passed, 1 failed");
  process.exit(1);
});
