// Side-by-side throughput of certlogic-js (reference interpreter) and json-logic-engine (a compiling
// JsonLogic engine, given CertLogic's date operations as custom methods) on the same rules and data
// as bench/CertLogic.Bench. Reports evaluations per second; data is parsed once, outside the loop.
//
//   node bench.js [seconds per measurement, default 3]
const fs = require("fs");
const path = require("path");
const { evaluate } = require("certlogic-js");
const { LogicEngine } = require("json-logic-engine");

const seconds = Number(process.argv[2] ?? 3);
const rulesDir = path.join(__dirname, "..", "rules");
const read = (name) => JSON.parse(fs.readFileSync(path.join(rulesDir, name), "utf8"));
const data = read("data.json");
const rules = ["test-window", "vaccine-list", "reduce-tests"];

// CertLogic's date-time semantics for json-logic-engine: the same parsing and offsetting as
// certlogic-js (its own exported plusTime), so both engines compute the same values.
const { plusTime } = require("certlogic-js/dist/internals");
const engine = new LogicEngine();
const compareDates = (op) => (args) => {
  for (const a of args) if (!(a instanceof Date)) throw new Error("date-time comparison needs date-times");
  const t = args.map((d) => d.getTime());
  const holds = (l, r) => op(l, r);
  return t.length === 2 ? holds(t[0], t[1]) : holds(t[0], t[1]) && holds(t[1], t[2]);
};
engine.addMethod("plusTime", ([date, amount, unit]) => plusTime(date, amount, unit), { deterministic: true });
engine.addMethod("after", compareDates((l, r) => l > r), { deterministic: true });
engine.addMethod("before", compareDates((l, r) => l < r), { deterministic: true });
engine.addMethod("not-after", compareDates((l, r) => l <= r), { deterministic: true });
engine.addMethod("not-before", compareDates((l, r) => l >= r), { deterministic: true });

const measure = (fn) => {
  for (let i = 0; i < 20000; i++) fn(); // warm-up: let the JIT settle
  let count = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < end) {
    for (let i = 0; i < 1000; i++) fn();
    count += 1000;
    now = process.hrtime.bigint();
  }
  return count / (Number(now - start) / 1e9);
};

const results = {};
for (const name of rules) {
  const rule = read(`${name}.json`);
  const compiled = engine.build(rule);
  const reference = evaluate(rule, data);
  const other = compiled(data);
  if (reference !== other) throw new Error(`${name}: engines disagree (${reference} vs ${other})`);
  results[name] = {
    result: reference,
    "certlogic-js": Math.round(measure(() => evaluate(rule, data))),
    "json-logic-engine": Math.round(measure(() => compiled(data))),
  };
}
console.log(JSON.stringify({ node: process.version, seconds, results }, null, 2));
