using System.Threading.Channels;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Hosting.Security;

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
    /// and the stream goes on.
    /// </remarks>
    [Authorize(Policy = CorridorPolicies.BorderOfficer)]
    public override async Task ClearManifest(IAsyncStreamReader<ClearManifestRequest> requestStream,
        IServerStreamWriter<ClearManifestResponse> responseStream, ServerCallContext context)
    {
        var officer = OfficerOf(context);
        var window = Channel.CreateBounded<Task<ClearManifestResponse>>(
            new BoundedChannelOptions(options.Value.ManifestWindow) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var writing = WriteAnswersAsync(window.Reader, responseStream, stop);
        try
        {
            long index = 0;
            while (await requestStream.MoveNext(stop.Token))
            {
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
