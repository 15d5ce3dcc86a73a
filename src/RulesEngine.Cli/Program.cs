using RulesEngine.Cli;

return TriageCli.Run(args, CliConsole.System);
