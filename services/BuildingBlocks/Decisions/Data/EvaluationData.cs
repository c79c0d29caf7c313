using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// The data every rule of a decision is evaluated on: <c>{ "payload": …, "external": … }</c>, the
/// application as <see cref="ApplicationPayload"/> describes it and the facts as <see cref="ExternalData"/>
/// does. Build it once per decision and evaluate each rule on the same value.
/// </summary>
public static class EvaluationData
{
    public static CertLogicValue For(TravellerApplication application, ExternalFacts external)
    {
        var data = new PropertyList();
        data.Add(DataKeys.Payload, ApplicationPayload.From(application));
        data.Add(DataKeys.External, ExternalData.From(external));
        return data.ToValue();
    }
}
