using Google.Protobuf.Collections;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Data;

// payload.health: always an object with both lists, so rules reduce over them without null checks.
public static partial class ApplicationPayload
{
    private static CertLogicValue Health(Health? health)
    {
        var value = new PropertyList();
        value.Add(DataKeys.Tests, health is null ? CertLogicValue.EmptyArray : Array(health.Tests, Test));
        value.Add(DataKeys.Vaccinations, health is null ? CertLogicValue.EmptyArray : Array(health.Vaccinations, Vaccination));
        return value.ToValue();
    }

    private static CertLogicValue Test(HealthTest test)
    {
        var value = new PropertyList();
        value.AddText(DataKeys.Type, test.Type);
        value.AddName(DataKeys.Result, ApplicationEnumNames.TestResults.Of((int)test.Result));
        value.AddInstant(DataKeys.SampleTime, test.SampleTime);
        return value.ToValue();
    }

    private static CertLogicValue Vaccination(Vaccination vaccination)
    {
        var value = new PropertyList();
        value.AddText(DataKeys.Product, vaccination.Product);
        value.Add(DataKeys.DoseNumber, vaccination.DoseNumber);
        value.Add(DataKeys.TotalDoses, vaccination.TotalDoses);
        value.AddText(DataKeys.Date, vaccination.Date);
        return value.ToValue();
    }

    private static CertLogicValue Array<T>(RepeatedField<T> items, Func<T, CertLogicValue> convert)
    {
        if (items.Count == 0)
        {
            return CertLogicValue.EmptyArray;
        }
        var values = new CertLogicValue[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = convert(items[i]);
        }
        return CertLogicValue.FromArray(values);
    }
}
