using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Linq.Expressions;

namespace RulesEngine.Core.Facts;

/// <summary>The closed catalog of fact kinds and fields that rule files may name. A YAML name is looked up here
/// and nowhere else: an unknown name is a diagnostic, never a type lookup.</summary>
internal static class FactCatalog
{
    /// <summary>The built-in kinds, by YAML name.</summary>
    public static IReadOnlyDictionary<string, FactKind> BuiltIn { get; } = Build().ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Describes an inferred kind with the given fields.</summary>
    public static FactKind Inferred(string name, IReadOnlyDictionary<string, FieldType> fields, string description)
    {
        var built = fields.ToDictionary(
            f => f.Key,
            f => new FactField(f.Key, f.Value, $"set by the rules that infer {name}", fact => ReadInferred(fact, f.Key, f.Value), fact => ((InferredFact)fact).Get(f.Key)),
            StringComparer.Ordinal);
        return new FactKind(name, typeof(InferredFact), description, built.ToFrozenDictionary(StringComparer.Ordinal), IsInferred: true);
    }

    /// <summary>The <c>signal</c> kind with a text field per capture name the rule files declare.</summary>
    public static FactKind Signal(IEnumerable<string> captures)
    {
        var fields = new Dictionary<string, FactField>(StringComparer.Ordinal)
        {
            ["name"] = Field<Signal>("name", FieldType.Text, "The signal's name from the rule file.", f => f.Name),
            ["text"] = Field<Signal>("text", FieldType.Text, "The matched text (of its first occurrence).", f => f.Text)
                with { AddIdentity = (fact, hash) => SignalIdentity((Signal)fact, hash) },
            ["count"] = CountField<Signal>(),
            ["quoted"] = QuotedField<Signal>(),
        };
        foreach (var capture in captures.Where(c => !fields.ContainsKey(c)))
        {
            fields[capture] = new FactField(
                capture,
                FieldType.Text,
                $"the regex capture '{capture}'",
                fact => Expression.Call(Expression.Convert(fact, typeof(Signal)), typeof(Signal).GetMethod(nameof(Facts.Signal.Get))!, Expression.Constant(capture)),
                fact => ((Signal)fact).Get(capture));
        }

        // A signal is its name, the template of its text (a matched line's time stamp varies) and its captures.
        return new FactKind("signal", typeof(Signal), "A symptom declared in a rule file's 'signals:' (keywords or a regex).", fields, Identity: ["name", "text"]);
    }

    // The extractor's capture maps enumerate in name order.
    private static void SignalIdentity(Signal signal, IdentityHash hash)
    {
        hash.Template(signal.Text);
        foreach (var (name, value) in signal.Captures)
        {
            hash.Value(name);
            hash.Value(value);
        }
    }

    private static UnaryExpression ReadInferred(Expression fact, string field, FieldType type)
    {
        var get = Expression.Call(fact, typeof(InferredFact).GetMethod(nameof(InferredFact.Get))!, Expression.Constant(field));
        var clr = FieldTypes.ClrType(type);
        return clr.IsValueType ? Expression.Convert(get, clr) : Expression.TypeAs(get, clr);
    }

    private static Dictionary<string, FactKind> Build()
    {
        FactKind[] kinds =
        [
            // Calls of one endpoint that differ only in ids or query values are one error.
            Kind<HttpError>("http-error", "An HTTP status reported as an error; repeats of the same status and URL template are counted.",
                Field<HttpError>("status", FieldType.Number, "The HTTP status code, e.g. 401.", f => f.Status),
                Field<HttpError>("reason", FieldType.Text, "The reason phrase as written, e.g. Unauthorized.", f => f.Reason),
                Field<HttpError>("url", FieldType.Text, "The URL the call went to (of its first occurrence).", f => f.Url)
                    with { AddIdentity = (fact, hash) => hash.UrlTemplate(((HttpError)fact).Url) },
                Field<HttpError>("host", FieldType.Text, "The host of the URL, lower case.", f => f.Host),
                Field<HttpError>("direction", FieldType.Text, "inbound (into the CPI runtime) or outbound (from CPI), when the text tells.", f => f.Direction),
                Field<HttpError>("target", FieldType.Text, "What the host is, derived from it: " + string.Join(", ", HostTargets.All) + " (no host: no value).", f => f.Target)),
            Kind<ErrorCode>("error-code", "An error code: SuccessFactors (LGN0010, COE0020 …), OAuth (invalid_client), or an XML/JSON error body's code.",
                Field<ErrorCode>("code", FieldType.Text, "The code as written.", f => f.Code),
                Field<ErrorCode>("message", FieldType.Text, "The message that goes with it (of its first occurrence).", f => f.Message)
                    with { AddIdentity = (fact, hash) => hash.Template(((ErrorCode)fact).Message) },
                Field<ErrorCode>("format", FieldType.Text, "text, json or xml.", f => f.Format)),
            Kind<ExceptionMention>("exception", "A Java exception named in a log or error text.",
                Field<ExceptionMention>("class", FieldType.Text, "The fully qualified class name.", f => f.Class),
                Field<ExceptionMention>("name", FieldType.Text, "The simple class name, e.g. HTTPException.", f => f.Name),
                Field<ExceptionMention>("message", FieldType.Text, "The message after the colon.", f => f.Message)
                    with { AddIdentity = (fact, hash) => hash.Template(((ExceptionMention)fact).Message) }),
            Kind<PackageMention>("package", "An integration package named in the ticket, recognised from kb/packages.yaml.",
                Field<PackageMention>("name", FieldType.Text, "The package's canonical name from the catalog.", f => f.Name),
                Field<PackageMention>("id", FieldType.Text, "The package's catalog id.", f => f.Id),
                Field<PackageMention>("text", FieldType.Text, "The name as the customer typed it.", f => f.Text)),
            // Records that differ only in their time, thread and the variable tokens of their message are one record.
            Kind<LogEntry>("log-entry", "One record of a CPI system or trace log; repeats of its template are counted.",
                ["level", "logger", "message"],
                Field<LogEntry>("time", FieldType.Time, "When the record (its first occurrence) was written.", f => f.Time),
                Field<LogEntry>("first_seen", FieldType.Time, "When its first occurrence was written (the same as time).", f => f.Time),
                Field<LogEntry>("last_seen", FieldType.Time, "When its last occurrence was written.", f => f.LastTime),
                Field<LogEntry>("level", FieldType.Text, "The level, e.g. ERROR.", f => f.Level),
                Field<LogEntry>("logger", FieldType.Text, "The logger or category.", f => f.Logger),
                Field<LogEntry>("thread", FieldType.Text, "The thread name (of its first occurrence).", f => f.Thread),
                Field<LogEntry>("message", FieldType.Text, "The message, continuation lines included (of its first occurrence).", f => f.Message)
                    with { AddIdentity = (fact, hash) => hash.Template(((LogEntry)fact).Message) },
                Field<LogEntry>("template", FieldType.Text, "The message with its variable tokens (ids, times, numbers, addresses) masked as " + MessageTemplate.Mask + ": what its repeats share, e.g. 'Call failed for message <*> after <*>'.", f => f.Template)),
            Kind<Certificate>("certificate", "An X.509 certificate found in an input.",
                Field<Certificate>("sha256", FieldType.Text, "SHA-256 fingerprint, AA:BB:… upper-case hex.", f => f.Sha256),
                Field<Certificate>("sha1", FieldType.Text, "SHA-1 fingerprint, AA:BB:… upper-case hex.", f => f.Sha1),
                Field<Certificate>("subject", FieldType.Text, "Subject DN, e.g. CN=client,O=Example,C=DE.", f => f.Subject),
                Field<Certificate>("issuer", FieldType.Text, "Issuer DN.", f => f.Issuer),
                Field<Certificate>("serial", FieldType.Text, "Serial number, upper-case hex.", f => f.Serial),
                Field<Certificate>("not_before", FieldType.Time, "Start of validity.", f => f.NotBefore),
                Field<Certificate>("not_after", FieldType.Time, "End of validity.", f => f.NotAfter),
                Field<Certificate>("origin", FieldType.Text, "Where it comes from: trace-log, service-key, client (what the sender presents) or ticket; for a certificate pasted bare, what the words before it say.", f => f.Origin),
                Field<Certificate>("origin_stated", FieldType.Boolean, "True when the origin comes from the ticket's words before a certificate pasted bare (\"the certificate from our service key:\"), not from where it was found.", f => f.OriginStated),
                Field<Certificate>("single_line", FieldType.Boolean, "True when its text was on one single line.", f => f.SingleLine),
                Field<Certificate>("expired", FieldType.Boolean, "True when it expired before the ticket's time (--now).", f => f.Expired),
                Field<Certificate>("not_yet_valid", FieldType.Boolean, "True when it is not valid yet at the ticket's time.", f => f.NotYetValid),
                Field<Certificate>("self_signed", FieldType.Boolean, "True when it is signed by its own key.", f => f.SelfSigned),
                Field<Certificate>("issuer_kind", FieldType.Text, "Who issued it, derived from the issuer DN: " + string.Join(", ", CertificateIssuers.All) + " (a public root program's CA, else a company's own).", f => f.IssuerKind),
                Field<Certificate>("key_warning", FieldType.Text, "Why its key was not used to check its signature (RSA over 8,192 bits or an exponent over 64 bits, DSA, an unreadable key); null when it was.", f => f.KeyWarning),
                Field<Certificate>("source", FieldType.Text, "The JSON field or log record it was found in.", f => f.Source),
                Field<Certificate>("chain_index", FieldType.Number, "Its position in a chain, 0 for the first.", f => f.ChainIndex),
                Field<Certificate>("leaf", FieldType.Boolean, "True when no other certificate of its chain was issued by it: the end entity, wherever the chain puts it.", f => f.Leaf)),
            Kind<CertificateWarning>("certificate-warning", "Text that looks like a certificate but does not parse.",
                Field<CertificateWarning>("reason", FieldType.Text, "Why it does not parse.", f => f.Reason),
                Field<CertificateWarning>("origin", FieldType.Text, "trace-log, service-key, client or ticket.", f => f.Origin),
                Field<CertificateWarning>("source", FieldType.Text, "The JSON field or log record it was found in.", f => f.Source)),
            Kind<ServiceKey>("service-key", "A Process Integration Runtime service key (its oauth block), without secrets.",
                Field<ServiceKey>("client_id", FieldType.Text, "The clientid.", f => f.ClientId),
                Field<ServiceKey>("plan", FieldType.Text, "The service plan, when visible: integration-flow or api.", f => f.Plan),
                Field<ServiceKey>("key_type", FieldType.Text, "certificate, external-certificate or clientid-secret.", f => f.KeyType),
                Field<ServiceKey>("url", FieldType.Text, "The runtime URL.", f => f.Url),
                Field<ServiceKey>("token_url", FieldType.Text, "The OAuth token URL.", f => f.TokenUrl),
                Field<ServiceKey>("has_client_secret", FieldType.Boolean, "True when a clientsecret is present.", f => f.HasClientSecret),
                Field<ServiceKey>("has_private_key", FieldType.Boolean, "True when a private key is present.", f => f.HasPrivateKey),
                Field<ServiceKey>("certificate_sha256", FieldType.Text, "SHA-256 fingerprint of its certificate.", f => f.CertificateSha256),
                Field<ServiceKey>("certificate_single_line", FieldType.Boolean, "True when the certificate is on one single line.", f => f.CertificateSingleLine),
                Field<ServiceKey>("valid_until", FieldType.Time, "End of validity of its certificate.", f => f.ValidUntil),
                Field<ServiceKey>("stated", FieldType.Boolean, "True when it is what the ticket's prose says about a key (key type: External Certificate; valid until 2026-10-31), not a key's JSON: only key_type or valid_until is known.", f => f.Stated)),
            Kind<ResolvedMention>("resolved-mention", "The newest message says the error is gone: 'the 401 is gone', 'fixed now', 'works again', 'resolved', 'Problem gelöst', 'funktioniert wieder'.",
                Field<ResolvedMention>("text", FieldType.Text, "The matched phrase, e.g. 'the 401 is gone'.", f => f.Text),
                Field<ResolvedMention>("status", FieldType.Number, "The HTTP status it names, e.g. 401; null when it names none.", f => f.Status)),
            Kind<Answer>("answer", "The customer's answer to a question with an id (given with the ticket: --answer, \"answers\" in the API, a rule test's answers), answered by the customer.",
                Field<Answer>("question", FieldType.Text, "The question's id, e.g. wfs-trace-line.", f => f.Question),
                Field<Answer>("value", FieldType.Text, "The answer: yes or no, one of the question's options, a date yyyy-MM-dd, or text.", f => f.Value)),
            Signal([]),
        ];
        return kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    // Every built-in kind counts its repeats and tells whether they are all quoted mail history; unless it names its
    // identity fields, all of its fields identify it.
    private static FactKind Kind<T>(string name, string description, params FactField[] fields)
        where T : Fact =>
        Kind<T>(name, description, [.. fields.Select(f => f.Name)], fields);

    private static FactKind Kind<T>(string name, string description, string[] identity, params FactField[] fields)
        where T : Fact =>
        new(name, typeof(T), description, InOrder(fields.Append(CountField<T>()).Append(QuotedField<T>())), Identity: identity);

    // Fields enumerate in catalog order (messages, the schema and golden files list them so); a frozen dictionary's order
    // changes with its size.
    private static ReadOnlyDictionary<string, FactField> InOrder(IEnumerable<FactField> fields) =>
        new(fields.ToDictionary(f => f.Name, StringComparer.Ordinal));

    private static FactField CountField<T>()
        where T : Fact =>
        Field<T>("count", FieldType.Number, "How many times its input repeated it (the same identifying fields); 1 when it occurred once.", f => f.Count);

    private static FactField QuotedField<T>()
        where T : Fact =>
        Field<T>("quoted", FieldType.Boolean, "True when every occurrence is in quoted mail history (a '> ' line or below a reply header): an older message of a forwarded thread.", f => f.Quoted);

    private static FactField Field<T>(string name, FieldType type, string description, Expression<Func<T, object?>> property)
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        var member = ((MemberExpression)body).Member.Name;
        var clr = FieldTypes.ClrType(type);
        var getter = property.Compile();
        return new FactField(
            name,
            type,
            description,
            fact => Convert(Expression.Property(Expression.Convert(fact, typeof(T)), member), clr),
            fact => getter((T)fact));
    }

    private static Expression Convert(Expression value, Type target) =>
        value.Type == target ? value : Expression.Convert(value, target);
}
