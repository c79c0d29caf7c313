namespace TravelCorridor.Kernel.Errors;

/// <summary>One problem with one request field; <see cref="Field"/> is the proto field path, e.g. <c>purposes[1]</c>.</summary>
public sealed record FieldViolation(string Field, string Description);
