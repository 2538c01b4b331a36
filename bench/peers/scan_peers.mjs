// In-process detection timings of the npm peers for bench/scan_vs_peers.py.
//
//   node bench/peers/scan_peers.mjs --tool compromise|redact-pii [--samples 5] [--warmup 1]
//        [--min-sample-seconds 0.3] FILE...
//
// Each FILE is read once into a string (not timed). Loading the package and building the
// redactor are timed separately (load_ms). Then, after the warm-up passes, every sample
// times whole passes over all the files (each file one call, as dhr scans each report),
// enough passes to last at least --min-sample-seconds, with process.hrtime.bigint (wall)
// and process.cpuUsage (CPU of the whole process, V8's helper threads included).
// Prints one JSON object on stdout.
//
// What is timed per file:
//   compromise  nlp(text).people().out('array')  (tagging the text is part of the work)
//   redact-pii  new SyncRedactor().redact(text)   (every built-in redactor, as by default;
//               names are replaced by PERSON_NAME, which is what the person count counts)
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = { tool: '', samples: 5, warmup: 1, minSampleSeconds: 0.3 };
const files = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--tool') opt.tool = args[++i];
  else if (a === '--samples') opt.samples = Number(args[++i]);
  else if (a === '--warmup') opt.warmup = Number(args[++i]);
  else if (a === '--min-sample-seconds') opt.minSampleSeconds = Number(args[++i]);
  else files.push(a);
}
if (!opt.tool || files.length === 0) {
  console.error('usage: scan_peers.mjs --tool compromise|redact-pii [options] FILE...');
  process.exit(2);
}

const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

const loadStart = process.hrtime.bigint();
let detect;     // text -> result
let personCount; // result -> number of person names
let version;
if (opt.tool === 'compromise') {
  const nlp = (await import('compromise')).default;
  version = nlp.version;
  detect = (text) => nlp(text).people().out('array');
  personCount = (r) => r.length;
} else if (opt.tool === 'redact-pii') {
  const { SyncRedactor } = (await import('redact-pii')).default;
  const redactor = new SyncRedactor();
  version = JSON.parse(readFileSync(new URL('./node_modules/redact-pii/package.json', import.meta.url))).version;
  detect = (text) => redactor.redact(text);
  personCount = (r) => (r.match(/PERSON_NAME/g) || []).length;
} else {
  console.error(`unknown tool: ${opt.tool}`);
  process.exit(2);
}
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

let sink = 0;
const pass = () => {
  for (const t of texts) {
    const r = detect(t);
    sink += r.length;
  }
};

// Person names found in one pass (not timed; a sanity line, not an accuracy claim).
// Texts that already say PERSON_NAME would be miscounted: the seeds do not.
let persons = 0;
for (const t of texts) persons += personCount(detect(t));

for (let i = 0; i < opt.warmup; i++) pass();

// Passes per sample: enough for minSampleSeconds, judged from one timed pass.
const t0 = process.hrtime.bigint();
pass();
const onePass = Number(process.hrtime.bigint() - t0) / 1e9;
const passes = Math.max(1, Math.ceil(opt.minSampleSeconds / Math.max(onePass, 1e-6)));

const samples = [];
for (let s = 0; s < opt.samples; s++) {
  const c0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) pass();
  const wall = Number(process.hrtime.bigint() - w0) / 1e9;
  const c = process.cpuUsage(c0);
  samples.push({ wall_s: wall / passes, cpu_s: (c.user + c.system) / 1e6 / passes });
}

console.log(JSON.stringify({
  tool: opt.tool,
  version,
  node: process.version,
  files: files.length,
  bytes_per_pass: bytes,
  passes_per_sample: passes,
  load_ms: loadMs,
  persons_per_pass: persons,
  samples,
  sink,
}));
