using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters;

/// <summary>A detail of the person writing that a template's blank names.</summary>
public enum WriterDetail
{
    Name,
    Street,
    Address,
    City,
    State,
    CityState,
    Zip,
    Email,
}

/// <summary>
/// The blanks of a template that the writer's own details fill ("[Your Name]", "[Your Town]", "[Su ciudad]"), as
/// English and Spanish briefs name them; every drafter reads them here, so a name one knows the others know too.
/// </summary>
public static class WriterBlanks
{
    /// <summary>Which of the writer's details a blank names, or null for any other blank ("[Bill Number]", "[Senator Name]").</summary>
    public static WriterDetail? Of(string placeholder)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        return Key(placeholder) switch
        {
            "name" or "full name" or "first and last name" or "constituent name" or "signature" or "printed name"
                or "nombre" or "nombre completo" or "nombre y apellido" or "firma" => WriterDetail.Name,
            "street" or "street address" or "address line" or "calle" => WriterDetail.Street,
            "address" or "full address" or "mailing address" or "home address" or "postal address"
                or "dirección" or "dirección completa" or "dirección postal" => WriterDetail.Address,
            "city" or "town" or "city or town" or "town or city" or "ciudad" or "pueblo" or "ciudad o pueblo" => WriterDetail.City,
            "state" or "estado" => WriterDetail.State,
            "city state" or "city and state" or "ciudad estado" or "ciudad y estado" => WriterDetail.CityState,
            "zip" or "zip code" or "zipcode" or "postal code" or "código postal" => WriterDetail.Zip,
            "email" or "email address" or "correo" or "correo electrónico" => WriterDetail.Email,
            _ => null,
        };
    }

    /// <summary>A line of the template that only signs it: its blanks are all the writer's own ("[Your Name], [Your Town]").</summary>
    public static bool OnlySigns(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Label is null && block.Items.Count == 0 && Placeholders.In(block.Text).Any()
            && Placeholders.In(block.Text).All(n => Of(n) is not null)
            && Placeholders.Fill(block.Text, _ => "").All(c => char.IsWhiteSpace(c) || c is ',' or '.');
    }

    /// <summary>
    /// "Your E-mail Address" → "email address", "[Su ciudad, estado]" → "ciudad estado": lower case, letters of any
    /// language only, without the "your", "my" or "su" in front.
    /// </summary>
    public static string Key(string placeholder)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        var text = placeholder.ToLowerInvariant().Replace("e-mail", "email", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        var words = new string([.. text.Select(c => char.IsLetter(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "your" or "my" or "su" or "tu" or "mi")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
