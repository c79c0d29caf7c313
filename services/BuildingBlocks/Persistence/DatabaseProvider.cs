namespace TravelCorridor.Persistence;

/// <summary>The database engines a service can store its data in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
