// Asks for a member state by a 30,000-character code, then for "SG" on the same client (and so the
// same HTTP/2 connection). An error too large for the client's header limit would leave the first
// call waiting for its deadline and the second hanging; prints one JSON line per answer.
// usage: node long-code.mjs HOST:PORT
import { grpc, membershipClient, call } from "./client.mjs";

const [address] = process.argv.slice(2);
const client = membershipClient(address);
const deadline = () => ({ deadline: new Date(Date.now() + 20_000) });

const long = await call(client, "GetMemberState", { code: "A".repeat(30_000) }, new grpc.Metadata(), deadline());
console.log(JSON.stringify({ call: "GetMemberState(long)", code: long.code, detailsLength: long.details?.length }));

const next = await call(client, "GetMemberState", { code: "SG" }, new grpc.Metadata(), deadline());
console.log(JSON.stringify({ call: "GetMemberState(SG)", code: next.code, name: next.member_state?.name }));
client.close();
