// Calls a node with the generated-at-runtime client of protos/: health, then ListMemberStates (page by page) and,
// with a token, SuspendMemberState; prints one JSON line per answer (errors as {code, details}).
// usage: node call.mjs HOST:PORT [BEARER_TOKEN]
import { grpc, membershipClient, call as callWith } from "./client.mjs";

const [address, token] = process.argv.slice(2);
const client = membershipClient(address);
const call = (method, request, metadata) => callWith(client, method, request, metadata);

// Lists answer a page at a time (AIP-158): follow next_page_token until it comes back empty.
const codes = [];
let pages = 0;
let pageToken = "";
do {
  const page = await call("ListMemberStates", { page_size: 4, page_token: pageToken });
  codes.push(...page.member_states.map((m) => m.code));
  pageToken = page.next_page_token;
  pages++;
} while (pageToken);
console.log(JSON.stringify({ call: "ListMemberStates", codes, pages }));

const anonymous = await call("SuspendMemberState", { code: "KH", reason: "from node" });
console.log(JSON.stringify({ call: "SuspendMemberState(anonymous)", ...anonymous }));

if (token) {
  const metadata = new grpc.Metadata();
  metadata.set("authorization", `Bearer ${token}`);
  const suspended = await call("SuspendMemberState", { code: "KH", reason: "from node" }, metadata);
  console.log(JSON.stringify({ call: "SuspendMemberState", status: suspended.member_state?.status, version: suspended.member_state?.version }));
  const invalid = await call("SuspendMemberState", { code: "kh", reason: "" }, metadata);
  console.log(JSON.stringify({ call: "SuspendMemberState(invalid)", ...invalid }));
}
client.close();
