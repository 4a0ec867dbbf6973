namespace Sipas.Silo.Tests;

public sealed class SiloCommandLineTests
{
    [Fact]
    public void Normalize_DocumentedFlags_BecomeConfigurationKeys()
    {
        var args = SiloCommandLine.Normalize(["--data-dir", "/tmp/x", "--postgres", "Host=h;Database=d", "--urls", "http://127.0.0.1:6000"]);

        Assert.Equal(["--Silo:DataDir=/tmp/x", "--Silo:Postgres=Host=h;Database=d", "--urls", "http://127.0.0.1:6000"], args);
    }

    [Fact]
    public void Normalize_BareDemoFlag_True()
    {
        Assert.Equal(["--Silo:Demo=true", "--data-dir-unknown"], SiloCommandLine.Normalize(["--demo", "--data-dir-unknown"]));
        Assert.Equal(["--Silo:Demo=true"], SiloCommandLine.Normalize(["--demo"]));
    }

    [Fact]
    public void Normalize_DemoWithValueOrInline_KeepsTheValue()
    {
        Assert.Equal(["--Silo:Demo=false"], SiloCommandLine.Normalize(["--demo", "false"]));
        Assert.Equal(["--Silo:DataDir=d"], SiloCommandLine.Normalize(["--data-dir=d"]));
    }

    [Fact]
    public void Normalize_FlagWithoutValue_SaysWhatToGive()
    {
        var error = Assert.Throws<ArgumentException>(() => SiloCommandLine.Normalize(["--data-dir"]));

        Assert.Contains("--data-dir needs a value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_ConfigurationSectionArgument_PassesThrough()
    {
        // WebApplicationFactory passes settings as arguments, sections included ("--Demo=").
        Assert.Equal(["--Demo=", "--Demo:Rate=200"], SiloCommandLine.Normalize(["--Demo=", "--Demo:Rate=200"]));
    }
}
