using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;

// grpcurl's command line for what the documentation does with it: [-plaintext] [-H 'name: value']... [-d JSON|@]
// [-max-time SECONDS] ADDRESS (list | SERVICE/METHOD). Exit codes as grpcurl's: 0, 1 for a usage or connection problem,
// 64 + the status code when the call fails.
var headers = new Metadata();
string? data = null;
double? maxTime = null;
var positional = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "-plaintext":
            break;
        case "-H":
            var header = args[++i];
            var colon = header.IndexOf(':');
            headers.Add(header[..colon].Trim().ToLowerInvariant(), header[(colon + 1)..].Trim());
            break;
        case "-d":
            data = args[++i];
            break;
        case "-max-time":
            maxTime = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        default:
            if (args[i].StartsWith('-'))
            {
                Console.Error.WriteLine($"grpcurl stand-in: flag {args[i]} is not supported");
                return 1;
            }
            positional.Add(args[i]);
            break;
    }
}
if (positional.Count != 2)
{
    Console.Error.WriteLine("usage: grpcurl [-plaintext] [-H 'name: value'] [-d JSON|@] [-max-time S] ADDRESS (list | SERVICE/METHOD)");
    return 1;
}

using var channel = GrpcChannel.ForAddress("http://" + positional[0]);
var deadline = maxTime is { } seconds ? DateTime.UtcNow.AddSeconds(seconds) : (DateTime?)null;
var options = new CallOptions(headers, deadline);
var formatter = new JsonFormatter(JsonFormatter.Settings.Default.WithIndentation("  "));
try
{
    if (positional[1] == "list")
    {
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(options);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        await call.ResponseStream.MoveNext(CancellationToken.None);
        foreach (var service in call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal))
        {
            Console.WriteLine(service);
        }
        return 0;
    }

    var slash = positional[1].LastIndexOf('/');
    var method = KnownServices.Find(positional[1][..slash], positional[1][(slash + 1)..]);
    if (method is null)
    {
        Console.Error.WriteLine($"Error invoking method \"{positional[1]}\": target server does not expose service \"{positional[1][..slash]}\"");
        return 1;
    }
    var json = data == "@" ? await Console.In.ReadToEndAsync() : data ?? "{}";
    var request = JsonParser.Default.Parse(json, method.InputType);
    var marshaller = (MessageDescriptor type) => Marshallers.Create<IMessage>(m => m.ToByteArray(), bytes => type.Parser.ParseFrom(bytes));
    var grpcMethod = new Method<IMessage, IMessage>(method.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary,
        method.Service.FullName, method.Name, marshaller(method.InputType), marshaller(method.OutputType));
    var invoker = channel.CreateCallInvoker();
    if (method.IsServerStreaming)
    {
        using var call = invoker.AsyncServerStreamingCall(grpcMethod, null, options, request);
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            Console.WriteLine(formatter.Format(call.ResponseStream.Current));
        }
    }
    else
    {
        Console.WriteLine(formatter.Format(await invoker.AsyncUnaryCall(grpcMethod, null, options, request)));
    }
    return 0;
}
catch (RpcException e)
{
    Console.Error.WriteLine($"ERROR:\n  Code: {e.StatusCode}\n  Message: {e.Status.Detail}");
    return 64 + (int)e.StatusCode;
}
catch (InvalidProtocolBufferException e)
{
    Console.Error.WriteLine($"Error invoking method \"{positional[1]}\": error getting request data: {e.Message}");
    return 1;
}

/// <summary>The services the documentation calls, by their compiled descriptors.</summary>
internal static class KnownServices
{
    private static readonly FileDescriptor[] Files =
    [
        TravelCorridor.Membership.V1.MembershipServiceReflection.Descriptor,
        TravelCorridor.Eligibility.V1.EligibilityServiceReflection.Descriptor,
        TravelCorridor.Clearance.V1.ClearanceServiceReflection.Descriptor,
        TravelCorridor.Diagnostics.V1.DiagnosticsServiceReflection.Descriptor,
        Grpc.Health.V1.HealthReflection.Descriptor,
    ];

    public static MethodDescriptor? Find(string service, string method) =>
        Files.SelectMany(f => f.Services).FirstOrDefault(s => s.FullName == service)?.FindMethodByName(method);
}
