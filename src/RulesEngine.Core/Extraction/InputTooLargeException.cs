namespace RulesEngine.Core.Extraction;

/// <summary>An input, or a whole ticket, is over its size limit. The message names the input and both sizes; it never quotes the input.</summary>
public sealed class InputTooLargeException : Exception
{
    public InputTooLargeException(string input, long length, long limit)
        : base($"'{input}' has {length:N0} characters; the limit is {limit:N0}: send an excerpt around the failure time")
    {
        Input = input;
        Length = length;
        Limit = limit;
    }

    /// <summary>A ticket with more inputs than <paramref name="limit"/>; <see cref="Input"/> is <c>ticket</c>, the lengths are input counts.</summary>
    public static InputTooLargeException TooManyInputs(int count, int limit) =>
        new($"the ticket has {count:N0} inputs; the limit is {limit:N0}: attach the ticket text and the logs of the failure, not a whole folder", "ticket", count, limit);

    private InputTooLargeException(string message, string input, long length, long limit)
        : base(message)
    {
        Input = input;
        Length = length;
        Limit = limit;
    }

    public InputTooLargeException()
    {
        Input = "";
    }

    public InputTooLargeException(string message)
        : base(message)
    {
        Input = "";
    }

    public InputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Input = "";
    }

    /// <summary>The input's name, or <c>ticket</c> when the sum of all inputs is over the limit.</summary>
    public string Input { get; }

    /// <summary>Its size in characters.</summary>
    public long Length { get; }

    /// <summary>The limit in characters.</summary>
    public long Limit { get; }
}
