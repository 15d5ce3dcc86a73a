using RulesEngine.Cli;

return await TriageCli.RunAsync(args, CliConsole.System, CancellationToken.None).ConfigureAwait(false);
