import { spawn, type ChildProcess } from 'node:child_process';

/** Serves dist/ (or `dir`) on `port` (tools/serve-dist.ts) and resolves once it answers. */
export async function startServer(port: number, dir?: string): Promise<ChildProcess> {
  const script = new URL('../../tools/serve-dist.ts', import.meta.url);
  const env = dir ? { ...process.env, DIST_DIR: dir } : process.env;
  const child = spawn(process.execPath, [script.pathname, String(port)], { stdio: 'ignore', env });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`the dist/ server did not answer on port ${port} within 30 s`);
}
