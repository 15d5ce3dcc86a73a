using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Http;

/// <summary>Statuses as customers write them in English and German prose, and the numbers in prose that are none.</summary>
public sealed class HttpErrorExtractorProseTests
{
    [Theory]
    [InlineData("we got a 401 when calling the API", 401, null, 4)]
    [InlineData("the sender gets a 401 since Monday", 401, null, 12)]
    [InlineData("we get a 401 error on every call", 401, null, 4)]
    [InlineData("Response: 401", 401, null, 1)]
    [InlineData("the iFlow fails with error code 401", 401, null, 11)]
    [InlineData("the endpoint returns unauthorized", 401, "unauthorized", 14)]
    [InlineData("the tenant answers \"Unauthorized\"", 401, "Unauthorized", 12)]
    [InlineData("since today it responds with Forbidden.", 403, "Forbidden", 16)]
    [InlineData("we got an unauthorized back from CPI", 401, "unauthorized", 4)]
    [InlineData("the call is forbidden (403) for us", 403, "forbidden", 13)]
    [InlineData("Unauthorized (HTTP 401) when calling the tenant", 401, "Unauthorized", 1)]
    [InlineData("wir erhalten einen 403 (Forbidden) vom Server", 403, "Forbidden", 20)]
    [InlineData("Fehler 401 beim Aufruf", 401, null, 1)]
    [InlineData("wir erhalten 401", 401, null, 5)]
    [InlineData("Ich erhalte einen 401, wenn der Sender sendet", 401, null, 5)]
    [InlineData("Statuscode 403 im Monitor", 403, null, 1)]
    [InlineData("der Receiver liefert 403 Forbidden", 403, "Forbidden", 22)]
    [InlineData("die Anfrage wird mit 401 abgelehnt", 401, null, 22)]
    [InlineData("der Server antwortet mit \"Nicht autorisiert\"", 401, "Nicht autorisiert", 12)]
    [InlineData("der Zugriff ist verboten (403)", 403, "verboten", 17)]
    [InlineData("HTTP-Fehler 403 im Nachrichtenmonitor", 403, null, 1)]
    [InlineData("seit gestern ein 401-Fehler", 401, null, 18)]
    [InlineData("wir bekommen 404 zurück", 404, null, 5)]
    [InlineData("the load balancer gives a 502 error", 502, null, 27)]
    [InlineData("OData calls fail with 500 when we post", 500, null, 13)]
    [InlineData("the sender received 503 from the tenant", 503, null, 12)]
    [InlineData("503 Dienst nicht verfügbar", 503, "Dienst nicht verfügbar", 1)]
    [InlineData("Fehlercode: 502", 502, null, 1)]
    [InlineData("Seit Montag bekommen wir einen 401 vom Tenant", 401, null, 13)]
    [InlineData("Seitdem bekommen beide Sender einen 401.", 401, null, 9)]
    [InlineData("der Empfänger bekommt seit heute einen 401 vom Zielsystem", 401, null, 15)]
    [InlineData("unser System erhält sporadisch einen 403.", 403, null, 14)]
    [InlineData("the tenant answers \"Unauthorized\" to every call", 401, "Unauthorized", 12)]
    public void Extract_StatusInProse_GivesHttpError(string text, int status, string? reason, int column)
    {
        var error = Assert.Single(Extract.Facts<HttpError>(text));

        Assert.Equal((status, reason, column), (error.Status, error.Reason, error.Evidence.Column));
    }

    [Theory]
    [InlineData("our 401(k) plan got a 403 update")]
    [InlineData("we got 401(k) statements")]
    [InlineData("employee id 401 gets the error")]
    [InlineData("the proxy returns data on port 401")]
    [InlineData("the meeting is in room 403, we got there late")]
    [InlineData("we got EUR 401 back, then $403")]
    [InlineData("the invoice returns 401.50 and 403,20")]
    [InlineData("the error is in line 401 of the script")]
    [InlineData("we got it on 2026-04-01 and 04.05.2026")]
    [InlineData("after the upgrade we got version 4.0.1, then 403.2.1")]
    [InlineData("we got 403.2.1 installed")]
    [InlineData("the job failed 401 times")]
    [InlineData("the query returned 404 rows")]
    [InlineData("we got 500 records from the API")]
    [InlineData("wir erhalten 401 Datensätze")]
    [InlineData("unauthorized access attempts are logged")]
    [InlineData("attackers may get unauthorized access")]
    [InlineData("the user gets forbidden words filtered")]
    [InlineData("Verarbeitet: 5000, Fehler: 403")]
    [InlineData("the response took 401 ms, we get 450 ms on average")]
    [InlineData("we got 401 EUR back")]
    [InlineData("we saw 401 error messages in the log")]
    [InlineData("im Log stehen 401 Fehler")]
    [InlineData("the target 401 is down, budget 403 approved")]
    [InlineData("we forgot 401 things")]
    [InlineData("2026-11-28 08:00:00.518 ERROR [http-nio-8080-exec-13] com.sap.it.rt.adapter.odata.ODataReceiver - step failed")]
    [InlineData("2026-11-28 08:00:00,401 error in step 3, 12/403-Fehler")]
    [InlineData("ab Mai erhält der Mitarbeiter 401 Euro mehr")]
    [InlineData("seit heute erhalten wir sporadisch 401 Bestellungen")]
    [InlineData("the raise of EUR 401 too early, USD 403 Forbidden fruit, € 500 Internal")]
    [InlineData("ab Mai bekommen alle Mitarbeiter 401 Euro mehr")]
    public void Extract_NumberInProseThatIsNoStatus_GivesNothing(string text)
    {
        Assert.Empty(Extract.Facts<HttpError>(text));
    }

    [Fact]
    public void Extract_ProseVerbBeforeAStatusWithItsReason_KeepsTheReasonsStart()
    {
        // The status was read with its reason before the prose patterns existed: its evidence does not move to the verb.
        var error = Assert.Single(Extract.Facts<HttpError>("the tenant answering 401 Unauthorized"));

        Assert.Equal((401, "Unauthorized", 22), (error.Status, error.Reason, error.Evidence.Column));
    }

    [Fact]
    public void Extract_ReasonAloneWithItsStatusInBrackets_GivesOneError()
    {
        var error = Assert.Single(Extract.Facts<HttpError>("the tenant returns Unauthorized (401) when communicating with https://x.example.com/http/a"));

        Assert.Equal((401, "Unauthorized", "https://x.example.com/http/a"), (error.Status, error.Reason, error.Url));
    }

    [Fact]
    public void Extract_UmlautsBeforeTheStatus_ColumnCountsUtf16Characters()
    {
        // "Schlüssel" and "ß" are one UTF-16 character each: the column is that of "erhält" as an editor shows it.
        const string text = "Grüße, mit dem Schlüssel erhält der Sender einen 401";

        var error = Assert.Single(Extract.Facts<HttpError>(text));

        Assert.Equal((text.IndexOf("erhält", StringComparison.Ordinal) + 1, text), (error.Evidence.Column, error.Evidence.Text));
    }
}
