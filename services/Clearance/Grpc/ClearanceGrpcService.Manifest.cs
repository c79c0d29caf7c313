using System.Threading.Channels;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;

namespace TravelCorridor.Clearance.Grpc;

// A whole manifest on one stream: entries decided concurrently within a window, answers in entry order.
public sealed partial class ClearanceGrpcService
{
    private const int MaxEntryReferenceLength = 64;

    /// <remarks>
    /// Memory stays bounded whatever the manifest's length and however slowly the caller reads: at most
    /// <see cref="ClearanceOptions.ManifestWindow"/> entries are being decided or waiting to be written. When
    /// the window is full the handler stops reading requests, so HTTP/2 flow control holds the sender back;
    /// when the caller stops reading answers, writing waits, and the window fills. Answers go out in entry
    /// order as soon as each is recorded (a fast entry waits only for the ones before it). An entry that
    /// cannot be decided gets an <see cref="EntryError"/> with the status ClearTraveller would have answered,
    /// and the stream goes on — also one whose frame arrived whole but does not parse (<c>MALFORMED_MESSAGE</c>).
    /// A frame that cannot be read at all (broken framing or compression) ends the stream with
    /// <c>INVALID_ARGUMENT MALFORMED_MESSAGE</c> after the answers to the entries before it.
    /// </remarks>
    [Authorize(Policy = CorridorPolicies.BorderOfficer)]
    public override async Task ClearManifest(IAsyncStreamReader<ClearManifestRequest> requestStream,
        IServerStreamWriter<ClearManifestResponse> responseStream, ServerCallContext context)
    {
        var officer = OfficerOf(context);
        EnsureProtobuf(context);
        var window = Channel.CreateBounded<Task<ClearManifestResponse>>(
            new BoundedChannelOptions(options.Value.ManifestWindow) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var writing = WriteAnswersAsync(window.Reader, responseStream, stop);
        try
        {
            long index = 0;
            while (true)
            {
                bool more;
                try
                {
                    more = await requestStream.MoveNext(stop.Token);
                }
                catch (InvalidProtocolBufferException e)
                {
                    // gRPC took the whole frame before its message failed to parse: the next frame starts intact.
                    await window.Writer.WriteAsync(Task.FromResult(Unreadable(index++, e)), stop.Token);
                    continue;
                }
                catch (Exception e) when (e is RpcException or InvalidDataException or IOException && !stop.IsCancellationRequested)
                {
                    throw FrameProblem(index, e);
                }
                if (!more)
                {
                    break;
                }
                await window.Writer.WriteAsync(DecideEntryAsync(index++, requestStream.Current, officer, stop.Token), stop.Token);
            }
        }
        finally
        {
            window.Writer.TryComplete();
            // If writing failed (the caller went away), stop reading too; the writer's error is the one to report.
            await writing;
        }
    }

    private static async Task WriteAnswersAsync(ChannelReader<Task<ClearManifestResponse>> answers,
        IServerStreamWriter<ClearManifestResponse> responseStream, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var answer in answers.ReadAllAsync(stop.Token))
            {
                await responseStream.WriteAsync(await answer, stop.Token);
            }
        }
        catch
        {
            // The reader may be waiting for room in a full window that will never drain: release it.
            await stop.CancelAsync();
            throw;
        }
    }

    private async Task<ClearManifestResponse> DecideEntryAsync(long index, ClearManifestRequest entry, Officer officer, CancellationToken cancellationToken)
    {
        var response = new ClearManifestResponse { Index = index, EntryReference = entry.EntryReference };
        try
        {
            var reference = new RequestValidator();
            reference.WithinLength(entry.EntryReference, "entry_reference", MaxEntryReferenceLength);
            reference.ThrowIfInvalid();
            var (record, decision) = await desk.ClearAsync(entry.Application, entry.LanguageCode, "application", officer, cancellationToken);
            response.Clearance = record.ToProto(decision);
        }
        catch (CorridorException e)
        {
            response.Error = ErrorOf(e);
            if (entry.EntryReference.Length > MaxEntryReferenceLength)
            {
                response.EntryReference = "";
            }
        }
        return response;
    }

    /// <summary>The manifest speaks protobuf; a JSON (or any other) gRPC subtype is not read frame after frame as garbage.</summary>
    private static void EnsureProtobuf(ServerCallContext context)
    {
        var type = context.GetHttpContext().Request.ContentType ?? "";
        var subtype = type.Split(';')[0].Trim();
        if (!subtype.Equals("application/grpc", StringComparison.OrdinalIgnoreCase) &&
            !subtype.Equals("application/grpc+proto", StringComparison.OrdinalIgnoreCase))
        {
            throw new MalformedMessageException($"This service reads protobuf messages (application/grpc or application/grpc+proto), not {CallerText.Quote(subtype)}.");
        }
    }

    private static ClearManifestResponse Unreadable(long index, InvalidProtocolBufferException e) => new()
    {
        Index = index,
        Error = new EntryError
        {
            Code = (int)StatusCode.InvalidArgument,
            Reason = "MALFORMED_MESSAGE",
            Message = $"Entry {index} is not a ClearManifestRequest: {e.Message}",
        },
    };

    /// <summary>A frame that cannot be read: the stream cannot go on, since where the next frame starts is unknown.</summary>
    private static CorridorException FrameProblem(long index, Exception e) => e is RpcException { StatusCode: StatusCode.ResourceExhausted }
        ? new ResourceExhaustedException("MESSAGE_TOO_LARGE", $"Entry {index} is larger than a manifest entry may be; the entries before it were answered.")
        : new MalformedMessageException($"Entry {index}'s frame cannot be read ({Describe(e)}); the entries before it were answered.");

    /// <summary>gRPC's own texts (fixed, never the caller's bytes).</summary>
    private static string Describe(Exception e) => e switch
    {
        RpcException rpc => rpc.Status.Detail,
        _ => e.Message,
    };

    private static EntryError ErrorOf(CorridorException e)
    {
        var error = new EntryError { Code = (int)ErrorMappingInterceptor.StatusOf(e), Reason = e.Reason, Message = e.Message };
        if (e is InvalidArgumentException invalid)
        {
            error.FieldProblems.AddRange(invalid.Violations.Select(x => new FieldProblem { Field = x.Field, Description = x.Description }));
        }
        return error;
    }
}
