using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Tests.Questionnaires;

public sealed class ScaleTests
{
    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, false, true)]
    [InlineData(3, false, false)]
    [InlineData(4, true, false)]
    [InlineData(5, true, false)]
    public void Likert5_Level_SatisfiedAndDissatisfiedAsDefined(int level, bool satisfied, bool dissatisfied)
    {
        var scale = Scale.Likert5;

        Assert.Equal(satisfied, scale.IsSatisfied(level));
        Assert.Equal(dissatisfied, scale.IsDissatisfied(level));
    }

    [Fact]
    public void BuiltIns_Labels_VietnameseAndEnglishOnEveryLevel()
    {
        var levels = Scale.All.SelectMany(s => s.Levels).ToList();

        Assert.All(levels, l => Assert.False(string.IsNullOrWhiteSpace(l.Vi) || string.IsNullOrWhiteSpace(l.En)));
        Assert.Equal("Rất hài lòng", Scale.Likert5.Levels[^1].Vi);
        Assert.Equal("Bình thường", Scale.ThreePoint.Levels[1].Vi);
    }

    [Fact]
    public void ThreePointAndBinary_Satisfied_OnlyTheTopLevel()
    {
        var three = Scale.ThreePoint;
        var binary = Scale.Binary;

        Assert.Equal([3], three.Satisfied.AsEnumerable());
        Assert.Equal([1], binary.Satisfied.AsEnumerable());
        Assert.True(binary.Contains(0));
        Assert.False(binary.Contains(2));
        Assert.Equal("three-point (1..3)", three.Describe());
    }
}
