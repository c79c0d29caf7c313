// A subscriber that knows nothing of .NET or MassTransit: it binds its own queue to the exchange
// named in docs/events.md and prints the "message" part of each envelope as one JSON line.
// usage: node subscribe.mjs AMQP_URL EXCHANGE [COUNT]
import amqp from "amqplib";

const [url, exchange, count = "1"] = process.argv.slice(2);
if (!url || !exchange) {
  console.error("usage: node subscribe.mjs AMQP_URL EXCHANGE [COUNT]");
  process.exit(2);
}

const connection = await amqp.connect(url);
const channel = await connection.createChannel();
// Same declaration the node uses, so it does not matter who declares the exchange first.
await channel.assertExchange(exchange, "fanout", { durable: true, autoDelete: false });
const { queue } = await channel.assertQueue("", { exclusive: true });
await channel.bindQueue(queue, exchange, "");
console.log("READY");

let remaining = Number(count);
await channel.consume(queue, async (delivery) => {
  const envelope = JSON.parse(delivery.content.toString("utf8"));
  console.log(JSON.stringify({ messageType: envelope.messageType, messageId: envelope.messageId, message: envelope.message }));
  channel.ack(delivery);
  if (--remaining === 0) {
    await channel.close();
    await connection.close();
  }
});
