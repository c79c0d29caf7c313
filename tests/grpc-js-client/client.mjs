// The membership client generated at runtime from the repository's protos/, shared by the scripts here.
import grpc from "@grpc/grpc-js";
import protoLoader from "@grpc/proto-loader";
import { fileURLToPath } from "node:url";
import path from "node:path";

const protos = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../protos");
const definition = protoLoader.loadSync("travelcorridor/membership/v1/membership_service.proto",
  // GOOGLE_API_PROTOS: a directory with google/api/annotations.proto and http.proto (googleapis; the tests pass
  // the Google.Api.CommonProtos NuGet package's), which protos/ imports for its REST routes.
  { includeDirs: [protos, process.env.GOOGLE_API_PROTOS].filter(Boolean), keepCase: true, enums: String, longs: Number, defaults: true });
const api = grpc.loadPackageDefinition(definition).travelcorridor.membership.v1;

export { grpc };

export const membershipClient = (address) => new api.MembershipService(address, grpc.credentials.createInsecure());

// Resolves with the response, or with { code, details } for an error; never rejects.
export const call = (client, method, request, metadata = new grpc.Metadata(), options = {}) =>
  new Promise((resolve) => client[method](request, metadata, options, (error, response) =>
    resolve(error ? { code: grpc.status[error.code], details: error.details } : response)));
