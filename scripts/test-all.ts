/**
 * npm test — every check, in order, with one honest summary at the end:
 *
 *   validate → astro check → lint → unit tests → build → browser tests
 *
 * Each non-test step counts as one check (passed or failed); Vitest runs count
 * their real test results, read from their JSON reports. The last line printed
 * is always `N passed, N failed` (CI reads it), and it is also written to
 * .tmp/test-summary.txt. Exit code 1 if anything failed.
 *
 * The browser tests need Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 * When it is missing and npm test runs as root (a container, as in CI), Debian's
 * package is installed first; otherwise the browser step stops with the one
 * command to run, counted as one failed check, instead of a launch error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CHROMIUM_PATH } from '../tests/e2e/setup/browser.ts';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}

const results: StepResult[] = [];
mkdirSync('.tmp', { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const ok = run(command, args) === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function vitestStep(name: string, config: string): void {
  const report = `.tmp/${name.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  console.log(`\n━━ ${name}: vitest run --config ${config}`);
  const started = Date.now();
  const status = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; testResults?: { status: string; assertionResults: unknown[] }[] };
    passed = json.numPassedTests;
    failed = json.numFailedTests;
    // A test file that fails to load has no assertion results: count it as a failure.
    failed += (json.testResults ?? []).filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  }
  if (status !== 0 && failed === 0) failed = 1; // the runner itself failed
  results.push({ name, passed, failed, seconds: (Date.now() - started) / 1000 });
}

const INSTALL_CHROMIUM = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';

/** Chromium for the browser tests: found, or installed when running as root; otherwise the one line that says what to run. */
function ensureChromium(): { ok: true } | { ok: false; message: string } {
  if (existsSync(CHROMIUM_PATH)) return { ok: true };
  if (process.env.CHROMIUM_PATH) return { ok: false, message: `✖ Chromium not found at CHROMIUM_PATH=${CHROMIUM_PATH}: point CHROMIUM_PATH at a Chromium binary, or unset it and run: sudo apt-get install -y chromium` };
  if (process.getuid?.() === 0) {
    console.log(`\n━━ Chromium is missing at ${CHROMIUM_PATH}; installing Debian's package: ${INSTALL_CHROMIUM}`);
    spawnSync('sh', ['-c', INSTALL_CHROMIUM], { stdio: 'inherit', env });
    if (existsSync(CHROMIUM_PATH)) return { ok: true };
  }
  return { ok: false, message: `✖ Chromium not found at ${CHROMIUM_PATH}. Run: sudo apt-get update && sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary), then npm test again.` };
}

step('validate', 'node', ['scripts/validate.ts']);
step('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
vitestStep('unit tests', 'vitest.config.ts');
const built = step('build', 'node', ['scripts/build.ts']);
if (!built) results.push({ name: 'browser tests (skipped: build failed)', passed: 0, failed: 1, seconds: 0 });
else {
  const chromium = ensureChromium();
  if (chromium.ok) vitestStep('browser tests', 'vitest.e2e.config.ts');
  else {
    console.log(`\n━━ browser tests\n${chromium.message}`);
    results.push({ name: 'browser tests (skipped: no Chromium)', passed: 0, failed: 1, seconds: 0 });
  }
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n━━ summary');
for (const r of results) console.log(`${r.failed ? '✖' : '✔'} ${r.name.padEnd(40)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)}s`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('.tmp/test-summary.txt', `${summary}\n`);
console.log(summary);
process.exit(failed > 0 ? 1 : 0);
