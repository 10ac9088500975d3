// Loads mocks/generate-large-dataset.ts in plain Node (v20 cannot strip types itself): the
// TypeScript compiler, already a dev dependency, strips the types, and the module is imported
// from a data: URL. The generator imports types only, so nothing else has to be resolved.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const SOURCE = new URL('../../mocks/generate-large-dataset.ts', import.meta.url);

/** @returns {Promise<typeof import('../../mocks/generate-large-dataset.ts')>} */
export async function loadGenerator() {
  const source = await readFile(SOURCE, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    fileName: 'generate-large-dataset.ts',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}
