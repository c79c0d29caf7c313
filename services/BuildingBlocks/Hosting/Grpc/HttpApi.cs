using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.Extensions.DependencyInjection;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// The same services for clients that speak no gRPC: REST/JSON routes from the <c>google.api.http</c> options in
/// protos/ (JSON transcoding: the same handlers, interceptors, roles and limits as gRPC), gRPC-Web for browsers, and
/// an OpenAPI document of the REST routes at <see cref="OpenApiPath"/>. They answer on the node's HTTP/1.1
/// addresses (<c>Node:HttpUrls</c>); gRPC keeps its h2c addresses.
/// </summary>
public static class HttpApi
{
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>The detail types errors carry (ErrorInfo, BadRequest), for writing them as JSON.</summary>
    public static TypeRegistry ErrorDetails { get; } = TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor);

    /// <summary>A <c>google.rpc.Status</c> as JSON transcoding writes errors: code, message, details with their @type.</summary>
    internal static JsonFormatter StatusJson { get; } = new(JsonFormatter.Settings.Default.WithTypeRegistry(ErrorDetails));

    public static IGrpcServerBuilder AddCorridorHttpApi(this IGrpcServerBuilder grpc)
    {
        grpc.AddJsonTranscoding(o =>
        {
            // An error's details (ErrorInfo, BadRequest with every field violation) are written as JSON too.
            o.TypeRegistry = ErrorDetails;
            o.JsonSettings = new GrpcJsonSettings
            {
                // Enum names and every field, zero values included: a REST client reads
                // "outcome": "DECISION_OUTCOME_DENIED" and "version": "0", as grpcurl prints them.
                IgnoreDefaultValues = false,
                WriteEnumsAsIntegers = false,
                WriteInt64sAsStrings = true,
            };
        });
        grpc.Services.AddGrpcSwagger();
        grpc.Services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new() { Title = "TravelCorridor corridor node", Version = "v1" });
            var comments = Path.Combine(AppContext.BaseDirectory, "TravelCorridor.Protos.xml");
            if (File.Exists(comments))
            {
                o.IncludeGrpcXmlComments(comments, includeControllerXmlComments: true);
            }
        });
        return grpc;
    }

    public static WebApplication MapCorridorOpenApi(this WebApplication app)
    {
        app.UseSwagger(o => o.RouteTemplate = "openapi/{documentName}.json");
        return app;
    }
}
