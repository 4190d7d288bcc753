// Runs npm scripts side by side and fails if any fails: `npm test` type-checks while Vitest runs,
// since neither needs the other and each leaves a core idle. Each script's output is kept and
// printed whole when it ends, so the two never interleave.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise<{ name: string; code: number; output: string }>((done) => {
        const child = spawn('npm', ['run', '--silent', name], { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => {
          process.stdout.write(`\n── npm run ${name} ──\n${output}`);
          done({ name, code: code ?? 1, output });
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
