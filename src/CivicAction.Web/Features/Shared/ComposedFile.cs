using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// A composed text as a .txt download: UTF-8 with a byte order mark (so Windows' Notepad reads it right), CRLF line
/// ends, an attachment, and never kept by a cache (it holds what the person typed).
/// </summary>
public static class ComposedFile
{
    public static FileContentResult Text(HttpResponse response, string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(text);
        response.Headers.CacheControl = "no-store";
        var body = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(body)).ToArray();
        return new FileContentResult(bytes, "text/plain; charset=utf-8") { FileDownloadName = fileName };
    }
}
