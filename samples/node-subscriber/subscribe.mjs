// Subscribes to a corridor node's integration events with nothing but amqplib and the AsyncAPI document
// (docs/asyncapi.json): it looks up each event's exchange there, declares it as the document says (fanout,
// durable), binds a private queue to it and prints every event as one JSON line as it arrives.
//
//   npm ci
//   node subscribe.mjs amqp://guest:guest@localhost:5672 TravellerCleared,ClearanceRevoked
//   node subscribe.mjs amqp://guest:guest@localhost:5672 all 10      # every event type; stop after 10
//
// Each line: {"event", "exchange", "messageId", "messageType", "message"}; "message" is the event itself
// (docs/events.md lists its fields). Delivery is at least once: use message.eventId to drop repeats, and
// ignore an event whose message.sequence is not above what you hold for that aggregate.
import amqp from "amqplib";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [url, wanted, count] = process.argv.slice(2);
if (!url || !wanted) {
  console.error("usage: node subscribe.mjs AMQP_URL EVENT[,EVENT...]|all [COUNT]");
  process.exit(2);
}

const document = JSON.parse(readFileSync(fileURLToPath(new URL("../../docs/asyncapi.json", import.meta.url)), "utf8"));
const channels = Object.entries(document.channels);
const names = wanted === "all" ? channels.map(([name]) => name) : wanted.split(",");
const unknown = names.filter((name) => !document.channels[name]);
if (unknown.length > 0) {
  console.error(`unknown event ${unknown.join(", ")}; the AsyncAPI document has: ${channels.map(([name]) => name).join(", ")}`);
  process.exit(2);
}

const connection = await amqp.connect(url);
const channel = await connection.createChannel();
// One private queue, gone when this program disconnects, bound to every wanted exchange.
const { queue } = await channel.assertQueue("", { exclusive: true });
const eventOf = new Map();
for (const name of names) {
  const { exchange } = document.channels[name].bindings.amqp;
  // Declared exactly as the nodes declare it, so it does not matter who comes first.
  await channel.assertExchange(exchange.name, exchange.type, { durable: exchange.durable, autoDelete: exchange.autoDelete });
  await channel.bindQueue(queue, exchange.name, "");
  eventOf.set(exchange.name, name);
}
console.log("READY");

let remaining = count ? Number(count) : Infinity;
await channel.consume(queue, async (delivery) => {
  const envelope = JSON.parse(delivery.content.toString("utf8"));
  const exchange = delivery.fields.exchange;
  console.log(JSON.stringify({
    event: eventOf.get(exchange), exchange, messageId: envelope.messageId, messageType: envelope.messageType, message: envelope.message,
  }));
  channel.ack(delivery);
  if (--remaining === 0) {
    await channel.close();
    await connection.close();
  }
});
