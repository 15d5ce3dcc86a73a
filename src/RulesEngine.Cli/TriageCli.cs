using RulesEngine.Core;
using System.CommandLine;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Cli;

/// <summary>The <c>triage</c> command line: parses, runs one command, maps every outcome to a documented exit code.</summary>
internal static class TriageCli
{
    public static int Run(string[] args, CliConsole console) => RunAsync(args, console, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs a command; <paramref name="cancellationToken"/> stops long ones (<c>test --watch</c>) as Ctrl+C does.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("triage: turns a support ticket into a diagnosis with YAML rules and a knowledge base.")
        {
            DiagnoseCommand.Create(console),
            BatchCommand.Create(console),
            ValidateCommand.Create(console),
            TestCommand.Create(console),
            ExplainCommand.Create(console),
            KbCommand.Create(console),
            KeygenCommand.Create(console),
            PackCommand.Create(console),
            VerifyCommand.Create(console),
            ServeCommand.Create(),
            McpCommand.Create(),
        };

        // '@file' arguments are file names here, not response files.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"triage: {error.Message}");
            }

            console.Error.WriteLine("Run 'triage --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InputUnreadableException or InputTooLargeException)
        {
            console.Error.WriteLine($"triage: error: {ex.Message}");
            return ExitCodes.InputUnreadable;
        }
        catch (DiagnosisTimeoutException ex)
        {
            console.Error.WriteLine($"triage: error: {ex.Message} (--timeout)");
            return ExitCodes.TimedOut;
        }
        catch (JoinBudgetExceededException ex)
        {
            console.Error.WriteLine($"triage: error: {ex.Message}");
            return ExitCodes.TimedOut;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("triage: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // No stack trace and no input text: the message of an unexpected failure could carry ticket content.
            console.Error.WriteLine($"triage: internal error ({ex.GetType().Name}); please report it with the command you ran");
            return ExitCodes.InternalError;
        }
    }
}
