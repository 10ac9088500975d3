import { readFileSync } from 'node:fs';
import { parseDatasetText } from './src/data/load/parse-dataset';
import { packOutcome } from './src/data/load/pack-outcome';
import { validateDataset } from './src/data/dataset/validate';
import { scanJsonText } from './src/data/load/json-scan';
const buf = readFileSync(process.argv[2]);
for (let r = 0; r < 4; r++) {
  let t = performance.now();
  const text = new TextDecoder().decode(buf);
  const tDecode = performance.now() - t; t = performance.now();
  const doc = JSON.parse(text);
  const tParse = performance.now() - t; t = performance.now();
  const v = validateDataset(doc);
  const tValidate = performance.now() - t; t = performance.now();
  scanJsonText(text);
  const tScan = performance.now() - t; t = performance.now();
  const out = parseDatasetText(text, 'x.json', undefined, buf.byteLength);
  const tAll = performance.now() - t; t = performance.now();
  packOutcome(out);
  const tPack = performance.now() - t;
  console.log({ tDecode, tParse, tValidate, tScan, tAll, tPack, ok: v.ok });
}
