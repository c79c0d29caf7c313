using System.Reflection;
using NetArchTest.Rules;

namespace TravelCorridor.Architecture.Tests;

/// <summary>
/// What each part of the code may depend on, read from the compiled assemblies (types, signatures and method
/// bodies), so a change that breaks a rule fails the suite with the types that break it. See
/// docs/architecture.md for the whole picture.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly Kernel = typeof(Kernel.MemberCode).Assembly;

    private static readonly Assembly[] Services =
    [
        typeof(Membership.MembershipModule).Assembly, typeof(Eligibility.EligibilityModule).Assembly, typeof(Clearance.ClearanceModule).Assembly,
    ];

    /// <summary>Storage, hosting and messaging assemblies: what a library used by tools and services alike must not pull in.</summary>
    private static readonly string[] ServerAssemblies =
    [
        "TravelCorridor.Hosting", "TravelCorridor.Messaging", "TravelCorridor.Persistence", "TravelCorridor.MembershipSnapshot.Feed",
        "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MassTransit", "Npgsql", "Grpc.AspNetCore",
    ];

    /// <summary>Transport, storage and hosting: what a domain model must not know about.</summary>
    private static readonly string[] Infrastructure =
    [
        "TravelCorridor.Hosting", "TravelCorridor.Messaging", "TravelCorridor.Persistence",
        "Grpc", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MassTransit", "Npgsql",
    ];

    [Fact]
    public void The_kernel_references_nothing_but_the_runtime()
    {
        var references = Kernel.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib"))
            .ToList();

        Assert.True(references.Count == 0, $"{Kernel.GetName().Name} references {string.Join(", ", references)}");
    }

    [Fact]
    public void Membership_domain_types_know_nothing_of_transport_storage_or_hosting()
    {
        AssertNoDependency(typeof(Membership.MembershipModule).Assembly, "TravelCorridor.Membership.Domain", Infrastructure);
    }

    [Fact]
    public void Eligibility_domain_types_know_nothing_of_transport_storage_or_hosting()
    {
        AssertNoDependency(typeof(Eligibility.EligibilityModule).Assembly, "TravelCorridor.Eligibility.Domain", Infrastructure);
    }

    [Fact]
    public void Clearance_domain_types_know_nothing_of_transport_storage_or_hosting()
    {
        AssertNoDependency(typeof(Clearance.ClearanceModule).Assembly, "TravelCorridor.Clearance.Domain", Infrastructure);
    }

    [Fact]
    public void The_decision_core_brings_in_no_storage_hosting_or_messaging()
    {
        var decisions = typeof(Decisions.DecisionRegistration).Assembly;

        AssertNotReachable(decisions, ServerAssemblies);
    }

    [Fact]
    public void Corridorctl_brings_in_no_service_and_no_storage_hosting_or_messaging()
    {
        var corridorctl = typeof(Corridorctl.ExitCodes).Assembly;

        AssertNotReachable(corridorctl, [.. ServerAssemblies, .. Services.Select(s => s.GetName().Name!)]);
    }

    [Fact]
    public void Hosting_brings_in_no_storage_and_no_messaging_so_a_service_states_those_itself()
    {
        var hosting = typeof(Hosting.Modules.ICorridorModule).Assembly;

        AssertNotReachable(hosting, ["TravelCorridor.Messaging", "TravelCorridor.Persistence", "Microsoft.EntityFrameworkCore", "MassTransit", "Npgsql"]);
    }

    [Fact]
    public void No_service_references_another_service_in_code()
    {
        var names = Services.Select(s => s.GetName().Name!).ToHashSet();
        var crossings = Services
            .SelectMany(s => s.GetReferencedAssemblies().Where(r => names.Contains(r.Name!)).Select(r => $"{s.GetName().Name} -> {r.Name}"))
            .ToList();

        Assert.True(crossings.Count == 0, $"Services share code through building blocks, never directly: {string.Join(", ", crossings)}");
    }

    [Fact]
    public void No_service_project_references_another_service_project()
    {
        var root = RepositoryRoot();
        var services = new[] { "Membership", "Eligibility", "Clearance" };
        var crossings = (from service in services
                         from line in File.ReadLines(Path.Combine(root, "services", service, $"TravelCorridor.{service}.csproj"))
                         where line.Contains("<ProjectReference", StringComparison.Ordinal)
                         from other in services
                         where other != service && line.Contains($"TravelCorridor.{other}.csproj", StringComparison.Ordinal)
                         select $"{service} -> {other}").ToList();

        Assert.True(crossings.Count == 0, $"Services share code through building blocks, never directly: {string.Join(", ", crossings)}");
    }

    /// <summary>
    /// Fails when <paramref name="start"/> loads, directly or through others, an assembly named one of
    /// <paramref name="forbiddenPrefixes"/> or below one (<c>Microsoft.AspNetCore</c> covers <c>Microsoft.AspNetCore.Http</c>), naming the path to it.
    /// </summary>
    private static void AssertNotReachable(Assembly start, string[] forbiddenPrefixes)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal) { [start.GetName().Name!] = start.GetName().Name! };
        var queue = new Queue<AssemblyName>([start.GetName()]);
        while (queue.TryDequeue(out var name))
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(name);
            }
            catch (FileNotFoundException)
            {
                continue; // Not deployed with the tests (a framework facade): it cannot be one of ours.
            }
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (seen.TryAdd(reference.Name!, $"{seen[name.Name!]} -> {reference.Name}"))
                {
                    queue.Enqueue(reference);
                }
            }
        }
        var reached = seen.Where(e => forbiddenPrefixes.Any(p => e.Key == p || e.Key.StartsWith(p + ".", StringComparison.Ordinal))).Select(e => e.Value).ToList();

        Assert.True(reached.Count == 0, $"{start.GetName().Name} must not bring in {string.Join(", ", forbiddenPrefixes)}; it does: {string.Join("; ", reached)}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TravelCorridor.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("TravelCorridor.sln not found above the test's directory.");
    }

    private static void AssertNoDependency(Assembly assembly, string namespacePrefix, string[] forbidden)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespace(namespacePrefix)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful,
            $"{namespacePrefix} must not depend on {string.Join(", ", forbidden)}; these do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
