// Runs rules and their test cases through certlogic-js (the reference implementation), with the same
// verdict definition as `corridorctl rules test`: passed only when the Logic evaluates to exactly true,
// failed on any other value or an error. Prints one line per case; compare with corridorctl's output.
//
//   node reference-verdicts.js <folder holding <COUNTRY>/<RULE>/rule.json and tests/*.json>
const fs = require("fs");
const path = require("path");
const { evaluate } = require("certlogic-js");

const root = process.argv[2];
if (!root) {
  console.error("usage: node reference-verdicts.js <rules folder>");
  process.exit(2);
}

const ruleFiles = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name === "rule.json") ruleFiles.push(full);
  }
};
walk(root);

let mismatches = 0;
for (const ruleFile of ruleFiles.sort()) {
  const rule = JSON.parse(fs.readFileSync(ruleFile, "utf8"));
  const testsDir = path.join(path.dirname(ruleFile), "tests");
  for (const testFile of fs.readdirSync(testsDir).filter((f) => f.endsWith(".json")).sort()) {
    const { name, payload, external, expected } = JSON.parse(fs.readFileSync(path.join(testsDir, testFile), "utf8"));
    let verdict;
    try {
      verdict = evaluate(rule.Logic, { payload, external }) === true ? "passed" : "failed";
    } catch (e) {
      verdict = "failed";
    }
    const expectedVerdict = expected === true || expected === "passed" ? "passed" : "failed";
    if (verdict !== expectedVerdict) mismatches++;
    console.log(`${verdict === expectedVerdict ? "PASS" : "FAIL"}  ${rule.Identifier}  ${testFile}  "${name}"  expected ${expectedVerdict}, actual ${verdict}`);
  }
}
process.exit(mismatches === 0 ? 0 : 1);
