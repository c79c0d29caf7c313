namespace TravelCorridor.Messaging;

/// <summary>The service a database context belongs to, for logs and metric tags: <c>MembershipDbContext</c> → <c>membership</c>.</summary>
public static class ServiceNames
{
    public static string Of(Type contextType)
    {
        var name = contextType.Name;
        return (name.EndsWith("DbContext", StringComparison.Ordinal) ? name[..^"DbContext".Length] : name).ToLowerInvariant();
    }
}
