import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import { assertAbi, cleanBuildEnv, nodeModuleVersionOf } from '../../scripts/electron-native.mjs';

const gypi = (abi: number) =>
  `# Do not edit\n{\n  "variables": {\n    "node_module_version": ${abi},\n    "nodedir": "/root/.electron-gyp/41.7.1"\n  }\n}\n`;

describe('the Electron build of better-sqlite3', () => {
  it('reads the ABI that node-gyp recorded', () => {
    expect(nodeModuleVersionOf(gypi(145))).toBe(145);
    expect(nodeModuleVersionOf('{}')).toBeNull();
  });

  it('refuses a build made against Node’s headers while claiming Electron’s ABI', () => {
    expect(() => assertAbi(gypi(115), '145')).toThrow(/built for ABI 115, but Electron needs ABI 145/);
    expect(() => assertAbi(gypi(145), '145')).not.toThrow();
  });

  it('drops npm’s nodedir (and related settings) from the build environment', () => {
    const env = cleanBuildEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      npm_config_target: '20',
      HOME: '/root',
    });
    expect(env).toEqual({ PATH: '/bin', HOME: '/root' });
  });
});
