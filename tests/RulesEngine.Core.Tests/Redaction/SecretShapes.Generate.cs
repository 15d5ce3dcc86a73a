using System.Text;

namespace RulesEngine.Core.Tests.Redaction;

public static partial class SecretShapes
{
    private const string Mask = "***";

    // Names of a password or secret by how they may be written: as an identifier (env, XML, forms) or only in prose,
    // JSON and tables (they hold spaces or non-ASCII letters).
    private static readonly string[] _identifierNames =
        ["password", "Passwort", "Kennwort", "passwd", "passphrase", "senha", "wachtwoord", "client_secret", "clientsecret", "clientSecret",
         "secret", "access_token", "refresh_token", "id_token", "auth_token", "api_key", "apikey", "access_key", "secret_access_key",
         "private_key", "subscription_key", "credentials", "session_id", "jsessionid"];

    private static readonly string[] _spacedNames = ["mot de passe", "contraseña", "hasło", "пароль", "api key", "secret access key", "session id"];

    private static List<SecretShape> Generate()
    {
        var random = new Random(20261128);
        var shapes = new List<SecretShape>();
        AddNamedFields(shapes, random);
        AddProse(shapes, random);
        AddHeaders(shapes, random);
        AddVendorTokens(shapes, random);
        AddUrlsAndCookies(shapes, random);
        AddKeyMaterial(shapes, random);
        AddEncryptedXml(shapes, random);
        AddDisguised(shapes, random);
        return shapes;
    }

    // Every name in every syntax it can take.
    private static void AddNamedFields(List<SecretShape> shapes, Random random)
    {
        foreach (var name in _identifierNames)
        {
            var env = "APP_" + name.ToUpperInvariant();
            Add(shapes, "named-field", "env", $"{env}={{0}}", Password(random));
            Add(shapes, "named-field", "json", $"{{{{\"user\":\"u1\",\"{name}\": \"{{0}}\"}}}}", Password(random));
            Add(shapes, "named-field", "yaml", $"{name}: {{0}}", Password(random));
            Add(shapes, "named-field", "xml-element", $"<{name}>{{0}}</{name}>", Password(random));
            Add(shapes, "named-field", "xml-attribute", $"<login user=\"u1\" {name}=\"{{0}}\"/>", Password(random));
            Add(shapes, "named-field", "form", $"grant_type=client_credentials&client_id=sb-na-1a2b!t12&{name}={{0}}&scope=x", Password(random));
            Add(shapes, "named-field", "table", $"| user | u1 | {name} | {{0}} |", Password(random));
            Add(shapes, "named-field", "columns", $"{name}    {{0}}", Password(random));
        }

        foreach (var name in _spacedNames)
        {
            Add(shapes, "named-field", "json", $"{{{{\"{name}\": \"{{0}}\"}}}}", Password(random));
            Add(shapes, "named-field", "yaml", $"{name}: {{0}}", Password(random));
            Add(shapes, "named-field", "table", $"{name}\t{{0}}", Password(random));
        }

        // Short names stand only as identifiers of their own.
        foreach (var name in new[] { "pwd", "pass", "PASSWD" })
        {
            Add(shapes, "named-field", "env-short", $"DB_{name}={{0}}", Password(random));
            Add(shapes, "named-field", "yaml-short", $"{name}: {{0}}", Password(random));
        }

        Add(shapes, "named-field", "escaped-json", "\"body\": \"{{\\\"client_secret\\\":\\\"{0}\\\"}}\"", Password(random));
        Add(shapes, "named-field", "form-encoded", "body=grant_type%3Dclient_credentials%26client_secret%3D{0}%26scope%3Dx", Password(random));
        Add(shapes, "named-field", "cdata", "<password><![CDATA[{0}]]></password>", Password(random));
    }

    // "the password is hunter2" in the languages a ticket is written in.
    private static void AddProse(List<SecretShape> shapes, Random random)
    {
        string[] sentences =
        [
            "the password is {0}, please use it", "my password was {0}.", "the new password is set to {0}", "Password is: {0}",
            "das Passwort lautet {0}", "das Kennwort ist {0} und der Benutzer ist gesperrt", "le mot de passe est {0}",
            "la contraseña es {0}", "a senha é {0}", "het wachtwoord is {0}", "the client secret is \"{0}\"", "the token is {0}",
        ];
        foreach (var sentence in sentences)
        {
            Add(shapes, "prose", sentence.Split(' ')[1], sentence, Password(random));
        }
    }

    // HTTP headers that carry credentials.
    private static void AddHeaders(List<SecretShape> shapes, Random random)
    {
        Add(shapes, "header", "authorization-bearer", "Authorization: Bearer {0}", Alphanumeric(random, 40));
        Add(shapes, "header", "authorization-basic", "Authorization: Basic {0}", Convert.ToBase64String(Encoding.UTF8.GetBytes("sb-client:" + Password(random))));
        Add(shapes, "header", "proxy-authorization", "Proxy-Authorization: Basic {0}", Convert.ToBase64String(Encoding.UTF8.GetBytes("proxy-user:" + Password(random))));
        Add(shapes, "header", "authorization-token", "Authorization: Token {0}", Alphanumeric(random, 32));
        Add(shapes, "header", "authorization-raw", "authorization: {0}", Alphanumeric(random, 32));
        Add(shapes, "header", "authorization-json", "{{\"Authorization\": \"Bearer {0}\"}}", Alphanumeric(random, 40));
        Add(shapes, "header", "x-csrf-token", "X-CSRF-Token: {0}", Alphanumeric(random, 24));
        Add(shapes, "header", "x-api-key", "X-API-Key: {0}", Alphanumeric(random, 32));
        Add(shapes, "header", "x-auth-token", "X-Auth-Token: {0}", Alphanumeric(random, 32));
        Add(shapes, "header", "ocp-apim", "Ocp-Apim-Subscription-Key: {0}", Hex(random, 32));
        Add(shapes, "header", "jwt", "id token {0} sent", Jwt(random));
    }

    // Tokens known by their prefix, written without any name before them.
    private static void AddVendorTokens(List<SecretShape> shapes, Random random)
    {
        string[] tokens =
        [
            "AKIA" + Upper(random, 16), "ASIA" + Upper(random, 16), "ghp_" + Alphanumeric(random, 36), "gho_" + Alphanumeric(random, 36),
            "ghs_" + Alphanumeric(random, 36), "github_pat_" + Alphanumeric(random, 22) + "_" + Alphanumeric(random, 59),
            "xoxb-" + Digits(random, 12) + "-" + Digits(random, 12) + "-" + Alphanumeric(random, 24), "xoxp-" + Digits(random, 12) + "-" + Alphanumeric(random, 32),
            "sk_live_" + Alphanumeric(random, 24), "rk_live_" + Alphanumeric(random, 24), "glpat-" + Alphanumeric(random, 20),
            "AIza" + Alphanumeric(random, 35), "npm_" + Alphanumeric(random, 36), "ya29." + Alphanumeric(random, 60),
            "sk-proj-" + Alphanumeric(random, 48), "hf_" + Alphanumeric(random, 34),
        ];
        foreach (var token in tokens)
        {
            Add(shapes, "vendor-token", token[..4], "deploy with {0} from the pipeline", token);
        }

        Add(shapes, "vendor-token", "aws-env", "AWS_ACCESS_KEY_ID={0}", "AKIA" + Upper(random, 16));
        Add(shapes, "vendor-token", "aws-secret-env", "AWS_SECRET_ACCESS_KEY={0}", Alphanumeric(random, 30) + "/" + Alphanumeric(random, 9));
    }

    // Passwords in URLs, curl options and cookies.
    private static void AddUrlsAndCookies(List<SecretShape> shapes, Random random)
    {
        Add(shapes, "url", "userinfo", "https://user1:{0}@tenant.example.com/http/x", Password(random));
        Add(shapes, "url", "userinfo-at", "https://user1:{0}@tenant.example.com/http/x", Alphanumeric(random, 8) + "@" + Alphanumeric(random, 8));
        Add(shapes, "url", "userinfo-slash", "https://user1:{0}@tenant.example.com/http/x", Alphanumeric(random, 8) + "/" + Alphanumeric(random, 8));
        Add(shapes, "url", "sftp", "sftp://sftpuser:{0}@files.example.com:22/in", Password(random));
        Add(shapes, "url", "jdbc", "jdbc:sap://dbuser:{0}@hana.example.com:30015/?encrypt=true", Password(random));
        Add(shapes, "url", "curl", "curl -u sb-client:{0} https://x.example.com/oauth/token", Password(random));
        var session = Alphanumeric(random, 32);
        shapes.Add(new("url", "cookie", $"Cookie: JSESSIONID={session}; __VCAP_ID__=a1b2", session, "Cookie: ***"));
        var ticket = Alphanumeric(random, 60);
        shapes.Add(new("url", "set-cookie", $"Set-Cookie: MYSAPSSO2={ticket}; path=/", ticket, "Set-Cookie: ***"));
    }

    // Full-width separators and zero-width characters that make a name look different but read the same.
    private static void AddDisguised(List<SecretShape> shapes, Random random)
    {
        Add(shapes, "disguised", "full-width-colon", "secret：{0}", Password(random));
        Add(shapes, "disguised", "full-width-equals", "password＝{0}", Password(random));
        Add(shapes, "disguised", "zero-width-space", "pass\u200bword={0}", Password(random));
        Add(shapes, "disguised", "zero-width-joiner", "client_se\u200dcret={0}", Password(random));
        Add(shapes, "disguised", "word-joiner", "Kenn\u2060wort: {0}", Password(random));
        Add(shapes, "disguised", "soft-hyphen", "pass\u00adword: {0}", Password(random));
        Add(shapes, "disguised", "bom", "\ufeffpassword={0}", Password(random));
    }

    // The template with {0} as the secret, and as it must read once masked.
    private static void Add(List<SecretShape> shapes, string family, string syntax, string template, string secret) =>
        shapes.Add(new(family, syntax, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, secret), secret,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Mask)));
}
