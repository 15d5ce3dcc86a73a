using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Extraction.Redaction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Http;

internal sealed partial class HttpErrorExtractor
{
    /// <summary>The extractor's keywords: the status patterns' literals, then the channel words.</summary>
    private static readonly IReadOnlyList<string> _keywords = [.. HttpPatterns.Keywords, .. ChannelWords.Keywords];

    // True for a hit of a channel word rather than of a status literal.
    private static bool IsChannelWord(KeywordHit hit) => hit.Keyword >= HttpPatterns.Keywords.Count;

    // Errors whose line names no URL get the request that the text around them shows (a curl transcript, a HAR entry, a
    // request line above); errors whose direction is still unknown get the one the nearest channel word tells.
    private static void Complete(SourceText source, IReadOnlyList<KeywordHit> hits, List<LocatedFact> facts, int first)
    {
        List<(int Offset, int Word)>? channels = null;
        for (var i = first; i < facts.Count; i++)
        {
            var (offset, fact) = facts[i];
            var error = (HttpError)fact;
            var url = error.Url;
            var host = error.Host;
            var direction = error.Direction;
            if (url is null && RequestUrl(source, offset) is { } found)
            {
                url = SecretRedactor.Redact(WithoutUserInfo(found));
                host = HostOf(url);
                direction = DirectionOf(source, offset, host);
            }

            if (direction is null)
            {
                channels ??= [.. hits.Where(IsChannelWord).Select(h => (h.Offset, h.Keyword - HttpPatterns.Keywords.Count))];
                direction = ChannelWords.Nearest(channels, offset);
            }

            if (url != error.Url || direction != error.Direction)
            {
                facts[i] = new LocatedFact(offset, new HttpError(error.Status, error.Reason, url, host, direction) { Evidence = error.Evidence });
            }
        }
    }

    private static string? RequestUrl(SourceText source, int offset) =>
        CurlTranscript.UrlAt(source, offset) ?? HarExport.UrlAt(source, offset) ?? RequestLine.UrlBefore(source, offset);
}
