using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>
/// The node's HTTP/1.1 address, called as a curl user or a browser would: REST/JSON routes transcoded onto the
/// same gRPC handlers (roles, validation and errors included), the OpenAPI document of those routes, and gRPC-Web.
/// Every request here is a real HTTP/1.1 request to Kestrel.
/// </summary>
public sealed class HttpApiTests(ClearanceNodeFixture fixture) : IClassFixture<ClearanceNodeFixture>
{
    [Fact]
    public async Task An_officer_clears_a_traveller_with_a_json_post_and_reads_and_verifies_the_clearance_with_plain_http()
    {
        using var http = Http(CorridorRoles.BorderOfficer);
        var body = JsonFormatter.Default.Format(new ClearTravellerRequest { Application = Travellers.BusinessTrip() });

        using var cleared = await http.PostAsync("/v1/clearances", new StringContent(body, Encoding.UTF8, "application/json"));
        using var clearance = await JsonOf(cleared, HttpStatusCode.OK);
        var decision = clearance.RootElement.GetProperty("clearance");
        var id = decision.GetProperty("clearanceId").GetString()!;
        var pass = decision.GetProperty("pass").GetString()!;
        using var stored = await JsonOf(await http.GetAsync($"/v1/clearances/{id}"), HttpStatusCode.OK);
        using var verified = await JsonOf(await http.PostAsync("/v1/passes:verify",
            new StringContent(JsonSerializer.Serialize(new { pass }), Encoding.UTF8, "application/json")), HttpStatusCode.OK);

        Assert.Equal("DECISION_OUTCOME_CLEARED", decision.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(id, stored.RootElement.GetProperty("clearance").GetProperty("clearanceId").GetString());
        Assert.True(verified.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(id, verified.RootElement.GetProperty("claims").GetProperty("clearanceId").GetString());
        Assert.Equal(HttpVersion.Version11, cleared.Version);
    }

    [Fact]
    public async Task Public_reads_need_no_token_and_an_unknown_member_is_404_with_the_grpc_status_and_its_details()
    {
        using var http = Http(role: null);

        using var members = await JsonOf(await http.GetAsync("/v1/members?pageSize=20"), HttpStatusCode.OK);
        using var missing = await JsonOf(await http.GetAsync("/v1/members/ZZ"), HttpStatusCode.NotFound);

        Assert.Contains(members.RootElement.GetProperty("memberStates").EnumerateArray(), m => m.GetProperty("code").GetString() == "SG");
        Assert.Equal(5, missing.RootElement.GetProperty("code").GetInt32());
        Assert.Contains("ZZ", missing.RootElement.GetProperty("message").GetString());
        Assert.Contains(missing.RootElement.GetProperty("details").EnumerateArray(),
            d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.ErrorInfo");
    }

    [Fact]
    public async Task Without_a_token_or_with_the_wrong_role_or_a_bad_field_the_http_status_says_why()
    {
        using var anonymous = Http(role: null);
        using var admin = Http(CorridorRoles.MemberAdmin);
        using var officer = Http(CorridorRoles.BorderOfficer);
        var application = Travellers.BusinessTrip();
        var body = JsonFormatter.Default.Format(new ClearTravellerRequest { Application = application });
        application.Trip.Destination = "XX";
        var badDestination = JsonFormatter.Default.Format(new ClearTravellerRequest { Application = application });

        using var noToken = await anonymous.PostAsync("/v1/clearances", Json(body));
        using var wrongRole = await admin.PostAsync("/v1/clearances", Json(body));
        using var invalid = await JsonOf(await officer.PostAsync("/v1/clearances", Json(badDestination)), HttpStatusCode.BadRequest);
        using var notJson = await officer.PostAsync("/v1/clearances", Json("{\"application\": [1, 2"));

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Contains("\"TOKEN_MISSING\"", await noToken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        Assert.Contains("\"ROLE_NOT_ALLOWED\"", await wrongRole.Content.ReadAsStringAsync());
        Assert.Contains(invalid.RootElement.GetProperty("details").EnumerateArray(),
            d => d.TryGetProperty("fieldViolations", out var violations) && violations.EnumerateArray().Any(v => v.GetProperty("field").GetString()!.Contains("destination")));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task A_json_body_over_the_message_limit_is_refused_without_being_decided()
    {
        using var officer = Http(CorridorRoles.BorderOfficer);
        var huge = "{\"application\":{\"traveller\":{\"givenNames\":\"" + new string('a', 300_000) + "\"}}}";

        using var refused = await officer.PostAsync("/v1/clearances", Json(huge));

        Assert.True(refused.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest,
            $"got {(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_rest_routes_with_their_comments()
    {
        using var http = Http(role: null);

        using var document = await JsonOf(await http.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);

        var paths = document.RootElement.GetProperty("paths");
        foreach (var route in new[] { "/v1/clearances", "/v1/clearances/{clearanceId}", "/v1/passes:verify", "/v1/eligibility:evaluate", "/v1/members", "/v1/trustedKeys" })
        {
            Assert.True(paths.TryGetProperty(route, out _), $"no {route} in {string.Join(", ", paths.EnumerateObject().Select(p => p.Name))}");
        }
    }

    [Theory]
    [InlineData(GrpcWebMode.GrpcWebText)]
    [InlineData(GrpcWebMode.GrpcWeb)]
    public async Task A_browser_style_grpc_web_call_over_http_1_1_reaches_the_same_service(GrpcWebMode mode)
    {
        using var channel = GrpcChannel.ForAddress(fixture.HttpAddress, new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(mode, new HttpClientHandler()),
            HttpVersion = HttpVersion.Version11,
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });
        var membership = new MembershipService.MembershipServiceClient(channel);

        var member = await membership.GetMemberStateAsync(new GetMemberStateRequest { Code = "SG" });

        Assert.Equal("SG", member.MemberState.Code);
    }

    [Theory]
    [InlineData("application/grpc-web", "binary: a frame that announces 100 bytes and brings 3", "3")]
    [InlineData("application/grpc-web-text", "text: the same frame in base64", "3")]
    [InlineData("application/grpc-web-text", "text: not base64 at all", "3")]
    [InlineData("application/grpc-web-text", "text: more than the largest message needs", "8")]
    public async Task A_damaged_or_oversized_grpc_web_body_gets_a_precise_status_in_its_own_content_type(string contentType, string body, string status)
    {
        using var http = Http(role: null);
        byte[] frame = [0, 0, 0, 0, 100, 0x0a, 0x02, 0x53];
        var bytes = body switch
        {
            _ when body.StartsWith("binary", StringComparison.Ordinal) => frame,
            _ when body.Contains("base64", StringComparison.Ordinal) && !body.Contains("not", StringComparison.Ordinal) => Encoding.ASCII.GetBytes(Convert.ToBase64String(frame)),
            _ when body.Contains("not base64", StringComparison.Ordinal) => "%%%% not base64 %%%%"u8.ToArray(),
            _ => Encoding.ASCII.GetBytes(new string('A', 200_000)),
        };
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        using var answer = await http.PostAsync("/travelcorridor.membership.v1.MembershipService/GetMemberState", content);

        Assert.Equal(status, answer.Headers.GetValues("grpc-status").Single());
        Assert.Equal(contentType, answer.Content.Headers.ContentType?.MediaType);
    }

    private HttpClient Http(string? role)
    {
        var http = new HttpClient { BaseAddress = fixture.HttpAddress, DefaultRequestVersion = HttpVersion.Version11 };
        if (role is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Node.Token(role, "SG"));
        }
        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonDocument> JsonOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
