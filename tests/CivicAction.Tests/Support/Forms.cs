using AngleSharp.Html.Dom;

namespace CivicAction.Tests.Support;

/// <summary>
/// Submits a real form of a parsed page the way a browser does: every field with its current
/// value (checked boxes only), the antiforgery token included, then the test's changes.
/// A change to null removes the field (an unchecked box).
/// </summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IHtmlDocument page, string formSelector,
        IReadOnlyDictionary<string, string?>? changes = null, string? submitButtonSelector = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"no form matches {formSelector}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }

        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
        {
            // Checkbox helpers post "true" then a hidden "false": the first value wins, so a change goes first.
            fields.RemoveAll(f => f.Key == name && f.Value != "false");
            if (value is not null)
            {
                fields.Insert(0, new(name, value));
            }
        }

        var action = form.GetAttribute("action");
        if (submitButtonSelector is not null)
        {
            var button = form.QuerySelector(submitButtonSelector) as IHtmlButtonElement
                ?? throw new InvalidOperationException($"no button matches {submitButtonSelector}");
            action = button.GetAttribute("formaction") ?? action;
        }

        var uri = new Uri(new Uri("http://localhost/"), string.IsNullOrEmpty(action) ? pageUrl : action);
        return await client.PostAsync(new Uri(uri.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(fields));
    }
}
