namespace TravelCorridor.Membership.Domain;

/// <summary>
/// The eleven member states every node starts with, at version 1, with the dates they joined
/// ASEAN. Every node seeds the same data, so seeds are never published as events.
/// </summary>
public static class FoundingMembers
{
    public static readonly IReadOnlyList<(string Code, string Name, DateOnly Joined)> All =
    [
        ("BN", "Brunei Darussalam", new DateOnly(1984, 1, 7)),
        ("ID", "Indonesia", new DateOnly(1967, 8, 8)),
        ("KH", "Cambodia", new DateOnly(1999, 4, 30)),
        ("LA", "Lao People's Democratic Republic", new DateOnly(1997, 7, 23)),
        ("MM", "Myanmar", new DateOnly(1997, 7, 23)),
        ("MY", "Malaysia", new DateOnly(1967, 8, 8)),
        ("PH", "Philippines", new DateOnly(1967, 8, 8)),
        ("SG", "Singapore", new DateOnly(1967, 8, 8)),
        ("TH", "Thailand", new DateOnly(1967, 8, 8)),
        ("TL", "Timor-Leste", new DateOnly(2025, 10, 26)),
        ("VN", "Viet Nam", new DateOnly(1995, 7, 28)),
    ];

    public static MemberState Create((string Code, string Name, DateOnly Joined) member)
    {
        var admitted = new DateTimeOffset(member.Joined.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new MemberState
        {
            Code = member.Code,
            Name = member.Name,
            Status = MemberStatus.Active,
            AdmittedAt = admitted,
            StatusChangedAt = admitted,
            Version = 1,
        };
    }
}
