// One build of the renderer and server bundle before any browser test.
export default async function globalSetup(): Promise<void> {
  // @ts-expect-error: a plain ES module script without type declarations.
  const { buildAll } = (await import('../../scripts/build.mjs')) as {
    buildAll(o: { quiet: boolean }): Promise<void>;
  };
  await buildAll({ quiet: true });
}
