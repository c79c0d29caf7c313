namespace TravelCorridor.CertLogic;

/// <summary>Something that can tell where in the expression evaluation is, rendered only when an error needs it.</summary>
internal interface IPathSource
{
    string CurrentPath();
}

/// <summary>
/// Where an error happened: a path fixed at compile time, or the interpreter's live position. A struct
/// so passing it costs nothing when no error occurs.
/// </summary>
internal readonly struct PathRef(object source)
{
    public string Render() => source as string ?? ((IPathSource)source).CurrentPath();

    public static implicit operator PathRef(string path) => new(path);
}
