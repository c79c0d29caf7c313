using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TravelCorridor.Persistence;

/// <summary>
/// Inserts new rows of one entity type with one prepared statement, past EF Core's change tracker: for a
/// write path where SaveChanges' per-entity work (tracking, generating SQL, and SQLite parsing every
/// statement of the batch again) is most of the cost, such as an audit log written with group commit.
/// Table, columns, store types and value conversions come from the context's model, so a row is stored
/// exactly as SaveChanges would store it; columns the database generates (an identity key) are left to it.
/// </summary>
/// <remarks>
/// Build one per context type (the model differs per engine) and run it inside a transaction of the context.
/// Synchronous, for a writer on a thread of its own: Microsoft.Data.Sqlite's async methods run synchronously
/// anyway, and blocked the thread-pool thread that called them.
/// </remarks>
public sealed class RowInserter<TEntity> where TEntity : class
{
    private readonly string sql;
    private readonly Column[] columns;

    public RowInserter(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity of {db.GetType().Name}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var helper = db.GetService<ISqlGenerationHelper>();
        columns = [.. entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select((p, i) => new Column(p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), helper.GenerateParameterName($"p{i}")))];
        var names = string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Property.GetColumnName(table)!)));
        var values = string.Join(", ", columns.Select((_, i) => helper.GenerateParameterNamePlaceholder($"p{i}")));
        sql = $"INSERT INTO {helper.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values})";
    }

    public void Insert(DbContext db, IEnumerable<TEntity> rows)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Insert rows inside a transaction of the context.");
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var row in rows)
        {
            if (command.Parameters.Count == 0)
            {
                AddParameters(command, row);
            }
            else
            {
                SetValues(command, row);
            }
            command.ExecuteNonQuery();
        }
    }

    // The statement stays prepared while its text is unchanged. Its parameters are made once, by the
    // type mappings (store type, provider settings), and only their values change from row to row.
    private void AddParameters(DbCommand command, TEntity row)
    {
        foreach (var column in columns)
        {
            var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(row);
            command.Parameters.Add(column.Mapping.CreateParameter(command, column.Parameter, value, column.Property.IsNullable));
        }
    }

    private void SetValues(DbCommand command, TEntity row)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(row);
            // As CreateParameter converts a value: the mapping's converter, then null as DBNull.
            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }
            command.Parameters[i].Value = value ?? DBNull.Value;
        }
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Parameter);
}
