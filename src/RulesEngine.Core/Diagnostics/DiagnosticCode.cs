namespace RulesEngine.Core.Diagnostics;

/// <summary>Stable diagnostic codes. The number is the printed id (<c>RE</c> + number); never reuse one.</summary>
/// <remarks>1xxx: file and YAML syntax; 2xxx: rules; 3xxx: articles, templates and catalog data; 4xxx: bundles and their keys.</remarks>
public enum DiagnosticCode
{
    /// <summary>A file could not be read (missing, unreadable, not UTF-8 text).</summary>
    FileUnreadable = 1001,

    /// <summary>A file is larger than the loader accepts.</summary>
    FileTooLarge = 1002,

    /// <summary>YAML syntax error.</summary>
    YamlSyntax = 1003,

    /// <summary>The same key twice in one YAML mapping.</summary>
    DuplicateKey = 1004,

    /// <summary>YAML anchors, aliases and tags are not allowed (they expand without bound or name types).</summary>
    YamlFeatureNotAllowed = 1005,

    /// <summary>YAML nested deeper than the loader accepts.</summary>
    NestingTooDeep = 1006,

    /// <summary>A folder that must exist does not.</summary>
    FolderNotFound = 1007,

    /// <summary>A node has the wrong shape (a list where a mapping is expected, …).</summary>
    UnexpectedNode = 2001,

    /// <summary>A key that the format does not know.</summary>
    UnknownKey = 2002,

    /// <summary>A required key is missing.</summary>
    MissingKey = 2003,

    /// <summary>A fact kind that is not in the catalog.</summary>
    UnknownFactKind = 2004,

    /// <summary>A field that the fact kind does not have.</summary>
    UnknownField = 2005,

    /// <summary>An operator that is not in the catalog.</summary>
    UnknownOperator = 2006,

    /// <summary>An operator that does not apply to the field's type (contains on a number, …).</summary>
    OperatorNotApplicable = 2007,

    /// <summary>A value of the wrong type for the field or operator.</summary>
    InvalidValue = 2008,

    /// <summary>A regular expression that does not compile, or needs backtracking.</summary>
    InvalidRegex = 2009,

    /// <summary>Two rules with the same id.</summary>
    DuplicateRuleId = 2010,

    /// <summary>A rule concludes an article that the knowledge base does not have.</summary>
    UnknownArticle = 2011,

    /// <summary>A reference to a binding (<c>$name.field</c>) that is not declared before it.</summary>
    UnknownBinding = 2012,

    /// <summary>Two conditions of one rule bind the same name.</summary>
    DuplicateBinding = 2013,

    /// <summary>A rule that neither concludes a finding nor infers a fact, or does both.</summary>
    InvalidConclusion = 2014,

    /// <summary>A confidence outside 0..1, or suspected above confirmed.</summary>
    InvalidConfidence = 2015,

    /// <summary>An id that is not kebab-case letters, digits and dashes.</summary>
    InvalidId = 2016,

    /// <summary>An inferred fact kind that clashes with a built-in kind.</summary>
    InferredKindClash = 2017,

    /// <summary>The rule could not be compiled by the rules engine.</summary>
    RuleCompilationFailed = 2018,

    /// <summary>Two signals with the same name.</summary>
    DuplicateSignalName = 2019,

    /// <summary>A condition names a signal that no rule file declares.</summary>
    UnknownSignal = 2020,

    /// <summary>Conditions on one fact that contradict each other, so the rule can never fire.</summary>
    ContradictoryConditions = 2021,

    /// <summary>Rules that infer facts from each other in a circle.</summary>
    InferenceCycle = 2022,

    /// <summary>A rule joins three or more facts of one kind without a key (a cartesian product; a warning).</summary>
    UnboundedJoin = 2023,

    /// <summary>Findings that yield to each other in a circle (<c>yields-to</c>), so none would be shown.</summary>
    YieldCycle = 2024,

    /// <summary>A <c>uses:</c> names no condition block, a block uses itself, a block name is taken twice, or a block is unused.</summary>
    ConditionBlock = 2025,

    /// <summary>A rule excludes (<c>not:</c>) a signal that another cause's file declares (a warning: declare the look-alike with <c>yields-to</c>).</summary>
    ForeignSignalExcluded = 2026,

    /// <summary>A family (<c>families:</c>) without two distinct member articles, without a separating question, or with a confidence over 0.3.</summary>
    InvalidFamily = 2027,

    /// <summary>A question object (<c>{ id, text, answer }</c>) without its id or text, with an id not in kebab-case, or with an empty or repeated <c>one-of</c>.</summary>
    InvalidQuestion = 2028,

    /// <summary>A question's <c>answer</c> names no known answer type (<c>yes-no</c>, <c>{ one-of: [...] }</c>, <c>{ value: date|role|certificate|text }</c>).</summary>
    UnknownAnswerType = 2029,

    /// <summary>One question id with a different text or answer type elsewhere in the knowledge base.</summary>
    ConflictingQuestion = 2030,

    /// <summary>An <c>answer</c> condition, a rule test's answer or a given answer names a question id no rule asks.</summary>
    UnknownQuestion = 2031,

    /// <summary>An <c>answer</c> condition or a given answer has a value its question does not accept (not one of its options, not a date).</summary>
    InvalidAnswerValue = 2032,

    /// <summary>An article file without front matter, or with front matter that does not parse.</summary>
    InvalidFrontMatter = 3001,

    /// <summary>A Scriban template syntax error.</summary>
    TemplateSyntax = 3002,

    /// <summary>A template failed while rendering (undefined variable, limit reached, write to the model).</summary>
    TemplateRender = 3003,

    /// <summary>Two articles with the same id.</summary>
    DuplicateArticleId = 3004,

    /// <summary>An article's id does not match its file name.</summary>
    ArticleIdMismatch = 3005,

    /// <summary>Catalog data that does not fit its format.</summary>
    InvalidCatalog = 3006,

    /// <summary>A catalog entry refers to an id that does not exist.</summary>
    UnknownCatalogReference = 3007,

    /// <summary>An article that no rule concludes (a warning: it can never be shown).</summary>
    ArticleNotConcluded = 3008,

    /// <summary>A template uses a variable or member that its model will not have (found at load, not at render).</summary>
    UnknownTemplateVariable = 3009,

    /// <summary>The articles were not checked against the rules because the rules have errors (a warning: one mistake, one error).</summary>
    ArticlesNotChecked = 3010,

    /// <summary>A template's <c>applies</c> names a step the article's front matter does not list, or no step id in quotes.</summary>
    UnknownStep = 3011,

    /// <summary>A bundle cannot be read: missing, not a gzip-compressed tar archive, or cut short.</summary>
    BundleUnreadable = 4001,

    /// <summary>A bundle over a size cap: the file, a file in it, all files together, or the number of entries.</summary>
    BundleTooLarge = 4002,

    /// <summary>A bundle entry that could write outside its folder or is not a plain file: an absolute or <c>..</c> path,
    /// a link, a device, a hidden or duplicate name, a name outside <c>rules/</c> and <c>kb/</c>.</summary>
    BundleUnsafeEntry = 4003,

    /// <summary>A bundle without a signature (never signed, or its signature stripped) where trusted keys are configured.</summary>
    BundleUnsigned = 4004,

    /// <summary>A bundle signed by a key that is not among the trusted keys.</summary>
    BundleUntrustedKey = 4005,

    /// <summary>A signature that does not verify: the manifest or the signature was changed.</summary>
    BundleSignatureInvalid = 4006,

    /// <summary>A manifest that is not the bundle format (a field missing or of the wrong type, an unknown format).</summary>
    BundleManifestInvalid = 4007,

    /// <summary>A file whose bytes are not the ones the manifest lists (tampered), a listed file missing, or a file not listed.</summary>
    BundleFileMismatch = 4008,

    /// <summary>A bundle past its expiry.</summary>
    BundleExpired = 4009,

    /// <summary>A bundle older than the one running (rollback), or the running revision number with other content.</summary>
    BundleRollback = 4010,

    /// <summary>A bundle made for a newer engine than the one running.</summary>
    BundleNeedsNewerEngine = 4011,

    /// <summary>A verified bundle whose knowledge base does not validate, or whose own rule tests fail.</summary>
    BundleKnowledgeRejected = 4012,

    /// <summary>A signing or trusted key file that cannot be read or is not an Ed25519 key of the expected kind.</summary>
    KeyInvalid = 4013,
}
