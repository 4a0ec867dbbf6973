namespace Sipas.Silo.Tests;

public sealed class SiloCommandLineTests
{
    [Fact]
    public void Normalize_BareDemoFlag_GetsTrue()
    {
        var args = SiloCommandLine.Normalize(["--demo", "--data-dir", "/tmp/x"]);

        Assert.Equal(["--demo", "true", "--data-dir", "/tmp/x"], args);
    }

    [Fact]
    public void Normalize_DemoFlagLast_GetsTrue()
    {
        var args = SiloCommandLine.Normalize(["--urls", "http://127.0.0.1:6000", "--demo"]);

        Assert.Equal(["--urls", "http://127.0.0.1:6000", "--demo", "true"], args);
    }

    [Fact]
    public void Normalize_DemoWithValue_Unchanged()
    {
        var args = SiloCommandLine.Normalize(["--demo", "false"]);

        Assert.Equal(["--demo", "false"], args);
    }
}
