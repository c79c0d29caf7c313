using TravelCorridor.Eligibility.Application.Data;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Type.V1;
using static TravelCorridor.Eligibility.Application.Validation.ApplicationLimits;

namespace TravelCorridor.Eligibility.Application.Validation;

// Who travels: the document and the person.
public static partial class ApplicationChecks
{
    /// <summary>Returns the date of birth when it is a valid date, for the check against the departure.</summary>
    private static DateOnly? Traveller(this RequestValidator v, Traveller? traveller, string field)
    {
        if (traveller is null)
        {
            v.Add(field, "is required");
            return null;
        }

        v.Document(traveller.Document, field + ".document");
        v.CountryCode(traveller.Nationality, field + ".nationality");
        v.CalendarDate(traveller.DateOfBirth, field + ".date_of_birth", out var born);
        v.Text(traveller.GivenNames, field + ".given_names", MaxTextLength, required: false);
        v.Text(traveller.FamilyName, field + ".family_name", MaxTextLength);
        return born;
    }

    private static void Document(this RequestValidator v, TravelDocument? document, string field)
    {
        if (document is null)
        {
            v.Add(field, "is required");
            return;
        }

        v.EnumValue((int)document.Type, field + ".type", ApplicationEnumNames.DocumentTypes, "document type");
        v.DocumentNumber(document.Number, field + ".number");
        // Any state may issue a document, member or not.
        v.CountryCode(document.IssuingState, field + ".issuing_state");
        v.CalendarDate(document.ExpiryDate, field + ".expiry_date", out _);
    }
}
