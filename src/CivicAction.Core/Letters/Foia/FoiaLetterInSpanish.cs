using System.Globalization;
using System.Text;
using CivicAction.Core.Deadlines;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// What the English FOIA letter says, in Spanish, part by part: the letter goes to the agency in English (that is what
/// it processes), and a Spanish-speaking requester reads this beside it before sending. It is a rendering for the
/// reader, never sent: the same parts as <see cref="FoiaLetterDrafter"/> under the same conditions, the legal terms as
/// US Spanish-language government pages write them, and the requester's own words as they typed them.
/// </summary>
public static class FoiaLetterInSpanish
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    /// <summary>The Spanish rendering of each part <paramref name="letter"/> has, in the letter's order.</summary>
    public static IReadOnlyList<FoiaLetterSection> Render(FoiaLetter letter, FoiaRequest request, Agency? agency, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(request);
        return [.. letter.Sections.Select(section => new FoiaLetterSection(section.Part, Part(section, request, agency, today)))];
    }

    private static string Part(FoiaLetterSection english, FoiaRequest request, Agency? agency, DateOnly today) => english.Part switch
    {
        FoiaLetterPart.Date => Date(today),
        FoiaLetterPart.Subject => "Asunto: Solicitud conforme a la Ley de Libertad de Información (FOIA)"
            + (FoiaText.SingleLine(request.Subject) is { Length: > 0 } topic ? ": " + topic : ""),
        FoiaLetterPart.Salutation => "Estimado/a funcionario/a de FOIA:",
        FoiaLetterPart.Opening =>
            "Conforme a la Ley de Libertad de Información (FOIA), 5 U.S.C. § 552, solicito copias de los registros que describo a continuación.",
        FoiaLetterPart.PrivacyAct =>
            "Estos registros son sobre mí. También los solicito conforme a la Ley de Privacidad de 1974 (Privacy Act), "
            + "5 U.S.C. § 552a(d)(1), y pido que tramiten esta solicitud bajo ambas leyes, para recibir cualquier registro "
            + "o parte que cualquiera de las dos permita entregar.",
        FoiaLetterPart.Records => "Registros solicitados:\n" + FoiaText.Paragraphs(request.RecordsDescription),
        FoiaLetterPart.DateRange => DateRange(request),
        FoiaLetterPart.Questions => Questions(request),
        FoiaLetterPart.Fees => Fees(request),
        FoiaLetterPart.FeeWaiver => FeeWaiver(request),
        FoiaLetterPart.Expedited => Expedited(request, agency),
        FoiaLetterPart.Format => request.PreferredFormat == RecordFormat.Paper
            ? "Formato: pido copias en papel de los registros, enviadas a mi dirección postal que aparece abajo."
            : "Formato: pido los registros en formato electrónico, como lo prevé 5 U.S.C. § 552(a)(3)(B) para los registros "
                + "que se pueden reproducir de esa forma: archivos PDF con texto que se pueda buscar, u hojas de cálculo y "
                + "correos electrónicos en su formato original, enviados por correo electrónico o disponibles para descargar.",
        FoiaLetterPart.Segregability =>
            "Si retienen algún registro o parte de uno, pido que entreguen toda parte que se pueda separar razonablemente, "
            + "como lo exige 5 U.S.C. § 552(b), que indiquen dónde y cuánta información se eliminó, y que citen la exención "
            + "específica en la que se basan para cada parte retenida.",
        FoiaLetterPart.ResponseTime => string.Create(Spanish,
            $"Espero su decisión dentro de los {FoiaDeadlines.ResponseWorkingDays} días hábiles siguientes a la recepción, como lo establece 5 U.S.C. § 552(a)(6)(A)(i)."),
        FoiaLetterPart.Contact => Contact(request),
        FoiaLetterPart.Identity => Identity(request, today),
        FoiaLetterPart.Signature => english.Text.Replace("Sincerely,", "Atentamente,", StringComparison.Ordinal),
        // The recipient's lines are names and an address: the same in any language.
        _ => english.Text,
    };

    private static string Date(DateOnly day) => day.ToString("d 'de' MMMM 'de' yyyy", Spanish);

    private static string DateRange(FoiaRequest request)
    {
        var from = request.DateRangeFrom is { } f ? Date(f) : null;
        var to = request.DateRangeTo is { } t ? Date(t) : null;
        return (from, to, request.ToPresent) switch
        {
            (not null, _, true) or (not null, null, false) =>
                $"Esta solicitud abarca los registros desde el {from} hasta el presente, es decir, hasta la fecha en que comiencen la búsqueda.",
            (not null, not null, false) => $"Esta solicitud abarca los registros desde el {from} hasta el {to}.",
            _ => $"Esta solicitud abarca los registros con fecha del {to} o anterior.",
        };
    }

    private static string Questions(FoiaRequest request)
    {
        var sb = new StringBuilder("Los registros que pido deberían responder, o ayudar a responder, estas preguntas:");
        var list = (request.Questions ?? []).Select(FoiaText.SingleLine).Where(q => q.Length > 0).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            sb.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(list[i]);
        }

        sb.Append("\n\nNo les pido que respondan estas preguntas ni que creen registros, solo los registros existentes que tratan de ellas.");
        return sb.ToString();
    }

    private static string Fees(FoiaRequest request)
    {
        var organization = FoiaText.SingleLine(request.Organization ?? "");
        var category = request.FeeCategory switch
        {
            FeeCategory.Commercial =>
                "Categoría de tarifas: esta solicitud es para un uso comercial, y entiendo que pueden cobrarse tarifas de "
                + "búsqueda, revisión y copia (5 U.S.C. § 552(a)(4)(A)(ii)(I)).",
            FeeCategory.EducationalOrScientific =>
                "Categoría de tarifas: hago esta solicitud en nombre de "
                + (organization.Length > 0 ? organization + ", una institución educativa o científica sin fines comerciales, " : "una institución educativa o científica sin fines comerciales ")
                + "para una investigación académica o científica, no para un uso comercial, así que las tarifas se limitan a "
                + "las copias, y las primeras 100 páginas son gratuitas (5 U.S.C. § 552(a)(4)(A)(ii)(II) y (iv)(II)).",
            FeeCategory.NewsMedia =>
                "Categoría de tarifas: soy representante de los medios de comunicación"
                + (organization.Length > 0 ? ", y escribo para " + organization + "," : "")
                + " y pido estos registros para reunir noticias, no para un uso comercial, así que las tarifas se limitan a "
                + "las copias, y las primeras 100 páginas son gratuitas (5 U.S.C. § 552(a)(4)(A)(ii)(II) y (iv)(II)).",
            _ =>
                "Categoría de tarifas: pido estos registros para un fin no comercial, así que las tarifas se limitan a la "
                + "búsqueda y las copias, y las primeras dos horas de búsqueda y las primeras 100 páginas son gratuitas "
                + "(5 U.S.C. § 552(a)(4)(A)(ii)(III) y (iv)(II)).",
        };
        var limit = request.MaxFee > 0
            ? $"Estoy dispuesto/a a pagar hasta {FoiaText.Dollars(request.MaxFee)} en tarifas. Si las tarifas van a superar esa cantidad, avísenme antes de incurrir en ellas."
            : "No estoy dispuesto/a a pagar ninguna tarifa sin que me consulten antes: avísenme antes de incurrir en cualquier tarifa.";
        return category + " " + limit;
    }

    private static string FeeWaiver(FoiaRequest request)
    {
        var sb = new StringBuilder(
            "Exención de tarifas: solicito la exención de todas las tarifas conforme a 5 U.S.C. § 552(a)(4)(A)(iii). La "
            + "divulgación de la información es de interés público porque probablemente contribuirá de manera significativa "
            + "a que el público entienda las operaciones o actividades del gobierno, y no es principalmente de mi interés comercial.");
        if (FoiaText.Paragraphs(request.FeeWaiverJustification) is { Length: > 0 } why)
        {
            sb.Append("\n\n").Append(why);
        }

        sb.Append("\n\nSi se niega la exención, se aplica de todos modos el límite de tarifas indicado arriba.");
        return sb.ToString();
    }

    private static string Expedited(FoiaRequest request, Agency? agency)
    {
        var chosen = (request.ExpeditedAgencyGround ?? "").Trim();
        var ground = request.ExpeditedGround switch
        {
            ExpeditedGround.ImminentThreatToLifeOrSafety =>
                " porque hay una necesidad apremiante de los registros: no obtenerlos de forma acelerada podría razonablemente "
                + "representar una amenaza inminente para la vida o la seguridad física de una persona (5 U.S.C. § 552(a)(6)(E)(v)(I))",
            ExpeditedGround.UrgencyToInformThePublic =>
                " porque hay una necesidad apremiante de los registros: me dedico principalmente a difundir información, y hay "
                + "urgencia de informar al público sobre una actividad real o presunta del gobierno federal (5 U.S.C. § 552(a)(6)(E)(v)(II))",
            ExpeditedGround.AgencyRule when agency?.HasExpeditedGround(chosen) == true =>
                $", por este motivo que reconoce el reglamento de la agencia (citado en inglés, como lo dice el reglamento): \u201C{chosen.TrimEnd('.')}\u201D",
            _ => "",
        };
        var sb = new StringBuilder("Procesamiento acelerado: solicito procesamiento acelerado conforme a 5 U.S.C. § 552(a)(6)(E)")
            .Append(ground).Append('.');
        if (FoiaText.Paragraphs(request.ExpeditedJustification) is { Length: > 0 } why)
        {
            sb.Append("\n\n").Append(why);
        }

        if (request.ExpeditedCertified)
        {
            sb.Append("\n\nCertifico que lo anterior es verdadero y correcto según mi leal saber y entender (5 U.S.C. § 552(a)(6)(E)(vi)).");
        }

        sb.Append("\n\nLes pido que me notifiquen su decisión sobre el procesamiento acelerado dentro de 10 días, como lo exige 5 U.S.C. § 552(a)(6)(E)(ii)(I).");
        return sb.ToString();
    }

    private static string Contact(FoiaRequest request)
    {
        var ways = new List<string>();
        if (FoiaText.SingleLine(request.Email) is { Length: > 0 } email)
        {
            ways.Add("por correo electrónico a " + email);
        }

        if (FoiaText.SingleLine(request.Phone) is { Length: > 0 } phone)
        {
            ways.Add("por teléfono al " + phone);
        }

        return "Si tienen alguna pregunta sobre esta solicitud, o si una conversación ayudaría a precisarla, comuníquense conmigo "
            + string.Join(" o ", ways) + ".";
    }

    private static string Identity(FoiaRequest request, DateOnly today)
    {
        var sb = new StringBuilder("Verificación de identidad: soy la persona a quien se refieren estos registros. Mi nombre completo es ")
            .Append(FoiaText.SingleLine(request.FullName)).Append(". Nací");
        if (request.DateOfBirth is { } birthday)
        {
            sb.Append(" el ").Append(Date(birthday));
        }

        if (FoiaText.SingleLine(request.PlaceOfBirth) is { Length: > 0 } where)
        {
            sb.Append(" en ").Append(where);
        }

        sb.Append(". Mi dirección actual aparece abajo.");
        if (request.IdentityDeclared)
        {
            sb.Append("\n\nDeclaro bajo pena de perjurio que lo anterior es verdadero y correcto. Entiendo que pedir u obtener "
                + "a sabiendas y de forma intencional registros sobre otra persona con engaños se castiga con una multa de hasta "
                + "$5,000 (5 U.S.C. § 552a(i)(3)). Firmado el ").Append(Date(today)).Append('.');
        }

        return sb.ToString();
    }
}
