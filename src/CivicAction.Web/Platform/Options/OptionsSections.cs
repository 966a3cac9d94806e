using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Platform.Options;

/// <summary>An options class bound to one configuration section, named by the class itself.</summary>
public interface IOptionsSection
{
    /// <summary>The section it is bound to: "Smtp" for SmtpOptions.</summary>
    static abstract string Section { get; }
}

/// <summary>
/// Every options class is bound and checked the same way: bound to its section, checked with its data annotations
/// (and its <see cref="IValidatableObject"/> rules, for checks that need more than one value), and checked when the
/// app starts, so an unusable setting stops the app with the reason rather than failing a request later.
/// </summary>
public static class OptionsSections
{
    public static IServiceCollection AddSection<T>(this IServiceCollection services) where T : class, IOptionsSection
    {
        services.AddOptions<T>().BindConfiguration(T.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>
    /// The same binding and checks outside the host: for the command-line verbs, and for the few settings the host
    /// needs before it is built (where the data-protection keys live).
    /// </summary>
    /// <exception cref="OptionsValidationException">A value breaks its rules.</exception>
    public static T Read<T>(IConfiguration configuration) where T : class, IOptionsSection, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(T.Section).Get<T>() ?? new T();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(T), results.Select(r => r.ErrorMessage ?? "invalid"));
        }

        return options;
    }
}
