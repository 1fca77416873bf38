using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Media.Services;

/// <summary>Makes a photo's renditions with libvips and records them; waits while libvips is missing.</summary>
public sealed class RenditionJob(IMediaStore store, IRenditionStore renditions, RenditionMaker maker, IDbConnectionFactory connections) : IJobHandler
{
    public string Kind => MediaLibrary.RenditionJob;

    public bool CanRun => RenditionMaker.IsAvailable;

    public async Task RunAsync(string subject, CancellationToken cancellationToken)
    {
        var source = store.LocalPath(subject) ?? throw new FileNotFoundException($"Media {subject} is not in the store.");
        var made = await maker.MakeAsync(source, renditions.RenditionDirectory(subject), cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM media_renditions WHERE media_key = @subject", new { subject }, transaction);
        foreach (var rendition in made)
        {
            await connection.ExecuteAsync("""
                INSERT INTO media_renditions (media_key, width, height, format, length) VALUES (@subject, @Width, @Height, @Format, @Bytes)
                """, new { subject, rendition.Width, rendition.Height, rendition.Format, rendition.Bytes }, transaction);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
