using System.Text;

namespace TravelCorridor.Messaging.Bus;

/// <summary>
/// Queue names carry the node's member code, so every node gets its own copy of each event instead
/// of competing for it: <c>sg-membership-corridor-opened</c>.
/// </summary>
public static class EndpointNames
{
    public static string For(string memberSlug, string service, Type message) =>
        $"{memberSlug}-{service}-{Kebab(message.Name)}";

    internal static string Kebab(string pascal)
    {
        var name = new StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append('-');
            }
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }
}
