import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("embedded PostgreSQL", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("leaves the process's exit code alone, so a failing run is not reported as a success", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "kg-exit-"));
    dirs.push(dataDir);
    const script = `
      import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve("src/store/embedded.ts"))};
      const pg = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, logger: { info() {}, warn() {} }, fsync: false });
      await pg.stop();
      process.exitCode = 3;
    `;
    const child = run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]);
    await expect(child).rejects.toMatchObject({ code: 3 });
  });
});
