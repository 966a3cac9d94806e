using System.Data;
using System.Globalization;
using Dapper;

namespace CivicAction.Web.Platform.Database;

/// <summary>Dapper conventions, registered once per process: snake_case columns, ISO dates as text (moments too on SQLite).</summary>
public static class DapperSetup
{
    private static int s_done;

    public static void Configure()
    {
        if (Interlocked.Exchange(ref s_done, 1) == 1)
        {
            return;
        }

        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value) =>
            parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Text on SQLite, a date on PostgreSQL.
        public override DateOnly Parse(object value) => value switch
        {
            DateOnly day => day,
            DateTime midnight => DateOnly.FromDateTime(midnight),
            _ => DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) =>
            parameter.Value = value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

        // SQLite keeps a moment as text; PostgreSQL as a timestamptz, which Npgsql reads as a UTC DateTime.
        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset moment => moment,
            _ => DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        };
    }
}
