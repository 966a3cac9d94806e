using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CivicAction.Tests.Support;

/// <summary>
/// Submits a parsed form the way a browser would: every named field with its current value
/// (hidden fields and the antiforgery token included, only checked boxes and radios, the
/// selected option), with the test's changes applied, to the form's action and method.
/// </summary>
public static class Forms
{
    /// <summary>The fields a browser would send; <paramref name="submitter"/> adds the pressed button's name and value.</summary>
    public static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form, IHtmlButtonElement? submitter = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "button" or "reset" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (option is not null)
                    {
                        fields.Add(new(name, option.Value));
                    }

                    break;
                case IHtmlButtonElement button when button == submitter:
                    fields.Add(new(name, button.Value));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Presses a submit button the way a browser would: its own form (also through <c>form="id"</c>), its formaction.</summary>
    public static Task<HttpResponseMessage> PressAsync(
        this HttpClient client, IElement button, string pageUrl, IEnumerable<(string Name, string? Value)>? changes = null)
    {
        var submitter = (IHtmlButtonElement)button;
        return client.SubmitAsync(submitter.Form ?? throw new InvalidOperationException("the button belongs to no form"), pageUrl, changes, submitter);
    }

    /// <summary>
    /// Sends the form with <paramref name="changes"/>: each name given replaces every field of that
    /// name (several entries of one name send several values; a null value removes the field).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlFormElement form, string pageUrl, IEnumerable<(string Name, string? Value)>? changes = null,
        IHtmlButtonElement? submitter = null)
    {
        var fields = Fields(form, submitter);
        var changed = (changes ?? []).ToList();
        foreach (var name in changed.Select(c => c.Name).Distinct(StringComparer.Ordinal))
        {
            fields.RemoveAll(f => f.Key == name);
        }

        fields.AddRange(changed.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string>(c.Name, c.Value!)));
        var action = submitter?.GetAttribute("formaction") is { Length: > 0 } pressed ? pressed
            : form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        if (string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
        {
            using var content = new FormUrlEncodedContent(fields);
            return await client.PostAsync(new Uri(action, UriKind.Relative), content);
        }

        using var query = new FormUrlEncodedContent(fields);
        var separator = action.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return await client.GetAsync(new Uri(action + separator + await query.ReadAsStringAsync(), UriKind.Relative));
    }

    /// <summary>Submits and parses the answer (for a form whose answer is a page, not a redirect).</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitForPageAsync(
        this HttpClient client, IHtmlFormElement form, string pageUrl, IEnumerable<(string Name, string? Value)>? changes = null,
        IHtmlButtonElement? submitter = null)
    {
        var response = await client.SubmitAsync(form, pageUrl, changes, submitter);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// Sends the form matched by <paramref name="formSelector"/>, pressing the button matched by
    /// <paramref name="submitButtonSelector"/> (its formaction wins, as in a browser).
    /// </summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IHtmlDocument page, string formSelector,
        IReadOnlyDictionary<string, string?>? changes = null, string? submitButtonSelector = null)
    {
        var form = page.Form(formSelector);
        var button = submitButtonSelector is null ? null
            : form.QuerySelector(submitButtonSelector) as IHtmlButtonElement ?? throw new InvalidOperationException($"no button matches {submitButtonSelector}");
        return client.SubmitAsync(form, pageUrl, changes?.Select(c => (c.Key, c.Value)), button);
    }

    /// <summary>Presses the button and parses the answer (a page, not a redirect).</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PressForPageAsync(
        this HttpClient client, IElement button, string pageUrl, IEnumerable<(string Name, string? Value)>? changes = null)
    {
        var response = await client.PressAsync(button, pageUrl, changes);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public static IHtmlFormElement Form(this IDocument document, string selector) =>
        document.QuerySelector(selector) as IHtmlFormElement
        ?? throw new InvalidOperationException($"no form matches '{selector}' in: {document.Title}");
}
