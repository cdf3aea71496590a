// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules' Node build alone
// (the tests need that one). The Electron main process loads it through better-sqlite3's `nativeBinding`.
//
// Trap: npm exports npm_config_nodedir=/usr to every script, and node-gyp then quietly compiles against
// Node's headers while the result claims to be for Electron. We drop that variable and check the ABI
// recorded in the build's config.gypi against Electron's abi_version before accepting the file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_DIR = path.join(root, '.electron-native');
export const NATIVE_FILE = path.join(NATIVE_DIR, 'better_sqlite3.node');
const INFO_FILE = path.join(NATIVE_DIR, 'build-info.json');
const NATIVE_BUILD_TIMEOUT_MS = 10 * 60_000;

/** The `node_module_version` that node-gyp recorded in a build's config.gypi, or null. */
export function nodeModuleVersionOf(configGypi) {
  const match = /"node_module_version"\s*:\s*(\d+)/.exec(configGypi);
  return match ? Number(match[1]) : null;
}

/** Throws unless the build was made for the expected ABI. */
export function assertAbi(configGypi, expectedAbi) {
  const built = nodeModuleVersionOf(configGypi);
  if (built !== Number(expectedAbi)) {
    throw new Error(
      `better-sqlite3 was built for ABI ${built ?? 'unknown'}, but Electron needs ABI ${expectedAbi}. ` +
        'The build used the wrong headers (is npm_config_nodedir set?); it was not installed.',
    );
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function wantedBuild() {
  return {
    electron: readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version,
    abi: fs.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim(),
    betterSqlite3: readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

export function isNativeBuildCurrent(wanted = wantedBuild()) {
  if (!fs.existsSync(NATIVE_FILE) || !fs.existsSync(INFO_FILE)) return false;
  const info = readJson(INFO_FILE);
  return Object.entries(wanted).every(([key, value]) => info[key] === value);
}

/** Environment for node-gyp without npm's nodedir (and friends) that would point it at Node's headers. */
export function cleanBuildEnv(env = process.env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

export function ensureElectronNative({ log = console.log } = {}) {
  const wanted = wantedBuild();
  if (isNativeBuildCurrent(wanted)) return NATIVE_FILE;
  log(
    `Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (ABI ${wanted.abi}); this takes about a minute…`,
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-native-'));
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  for (const entry of ['binding.gyp', 'package.json', 'src', 'deps']) {
    fs.cpSync(path.join(source, entry), path.join(work, entry), { recursive: true });
  }
  const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${wanted.electron}`,
      `--arch=${wanted.arch}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    // The headers' download can wait for ever on a network that swallows packets; the compile itself
    // takes about a minute.
    {
      cwd: work,
      env: cleanBuildEnv(),
      stdio: 'inherit',
      timeout: NATIVE_BUILD_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    },
  );
  if (result.status !== 0) {
    fs.rmSync(work, { recursive: true, force: true });
    throw new Error(
      result.error?.code === 'ETIMEDOUT'
        ? `Could not build better-sqlite3 for Electron within ${NATIVE_BUILD_TIMEOUT_MS / 60_000} minutes (Electron’s headers need an internet connection).`
        : 'Could not build better-sqlite3 for Electron (Electron’s headers need an internet connection).',
    );
  }
  assertAbi(fs.readFileSync(path.join(work, 'build', 'config.gypi'), 'utf8'), wanted.abi);
  fs.mkdirSync(NATIVE_DIR, { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), NATIVE_FILE);
  fs.writeFileSync(INFO_FILE, `${JSON.stringify(wanted, null, 2)}\n`);
  fs.rmSync(work, { recursive: true, force: true });
  return NATIVE_FILE;
}
