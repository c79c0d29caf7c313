using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;
using TravelCorridor.Validation;
using static TravelCorridor.Decisions.Validation.ApplicationLimits;

namespace TravelCorridor.Decisions.Validation;

// Who travels: the document and the person.
public static partial class ApplicationChecks
{
    /// <summary>Returns the date of birth when it is a valid date, for the check against the departure.</summary>
    private static DateOnly? Traveller(this RequestValidator v, Traveller? traveller, ApplicationFieldPaths paths)
    {
        if (traveller is null)
        {
            v.Add(paths.Traveller, "is required");
            return null;
        }

        v.Document(traveller.Document, paths);
        v.CountryCode(traveller.Nationality, paths.Nationality);
        v.CalendarDate(traveller.DateOfBirth, paths.DateOfBirth, out var born);
        v.Text(traveller.GivenNames, paths.GivenNames, MaxTextLength, required: false);
        v.Text(traveller.FamilyName, paths.FamilyName, MaxTextLength);
        return born;
    }

    private static void Document(this RequestValidator v, TravelDocument? document, ApplicationFieldPaths paths)
    {
        if (document is null)
        {
            v.Add(paths.Document, "is required");
            return;
        }

        v.EnumValue((int)document.Type, paths.DocumentType, ApplicationEnumNames.DocumentTypes, "document type");
        v.DocumentNumber(document.Number, paths.DocumentNumber);
        // Any state may issue a document, member or not.
        v.CountryCode(document.IssuingState, paths.DocumentIssuingState);
        v.CalendarDate(document.ExpiryDate, paths.DocumentExpiryDate, out _);
    }
}
