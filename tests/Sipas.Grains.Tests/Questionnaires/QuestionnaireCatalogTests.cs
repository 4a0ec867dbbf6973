using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Tests.Questionnaires;

public sealed class QuestionnaireCatalogTests
{
    private static readonly QuestionnaireCatalog Catalog = QuestionnaireCatalog.Embedded;

    [Fact]
    public void Embedded_Sipas2017_FiveFactorsAnd22CriteriaSplit45634()
    {
        var questionnaire = Catalog.Get("sipas-2017");

        Assert.Equal(["access", "procedures", "civil-servants", "results", "feedback"], questionnaire.Factors.Select(f => f.Id));
        Assert.Equal([4, 5, 6, 3, 4], questionnaire.Factors.Select(f => f.Criteria.Count));
        Assert.Equal(22, questionnaire.Criteria.Length);
        Assert.Equal(["TC1", "TC2", "TC3", "TC4"], questionnaire.Factors[0].Criteria.Select(c => c.Id));
        Assert.Equal("PA4", questionnaire.Criteria[^1].Id);
        Assert.Same(Scale.Likert5, questionnaire.Scale);
        Assert.Equal(FactorIndexMethod.MeanOfCriteria, questionnaire.FactorIndex);
        Assert.All(questionnaire.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Vi) || string.IsNullOrWhiteSpace(c.En)));
    }

    [Fact]
    public void Embedded_Sipas2023_Items34533PlusAQuestionPerFactor()
    {
        var questionnaire = Catalog.Get("sipas-2023");

        Assert.Equal([3, 4, 5, 3, 3], questionnaire.Factors.Select(f => f.Criteria.Count));
        Assert.Equal(["TC0", "TT0", "CC0", "KQ0", "PA0"], questionnaire.Factors.Select(f => f.Question!.Id));
        Assert.Equal(18 + 5, questionnaire.AnswerIds.Length);
        Assert.Equal(["access", "procedures", "civil-servants", "results", "feedback"], questionnaire.Factors.Select(f => f.Id));
    }

    [Theory]
    [InlineData("sipas-2017")]
    [InlineData("sipas-2017@1")]
    public void TryGet_IdOrIdAtVersion_Found(string reference)
    {
        var found = Catalog.TryGet(reference, out var questionnaire);

        Assert.True(found);
        Assert.Equal("sipas-2017@1", questionnaire.Key);
    }

    [Theory]
    [InlineData("sipas-2017@2")]
    [InlineData("sipas-1999")]
    [InlineData("")]
    public void TryGet_Unknown_NotFound(string reference)
    {
        var found = Catalog.TryGet(reference, out _);

        Assert.False(found);
    }

    [Fact]
    public void Constructor_TwoVersions_IdFindsTheLatest()
    {
        var v1 = Catalog.Get("sipas-2017");
        var v2 = new Questionnaire(v1.Id, 2, v1.TitleVi, v1.TitleEn, v1.Source, v1.Scale, v1.FactorIndex, v1.Factors, v1.Overall);

        var catalog = new QuestionnaireCatalog([v1, v2]);

        Assert.Same(v2, catalog.Get("sipas-2017"));
        Assert.Same(v1, catalog.Get("sipas-2017@1"));
        Assert.True(catalog.TryGet("sipas-2017", 2, out _));
    }

    [Fact]
    public void Constructor_FactorQuestionMethodWithoutQuestions_Throws()
    {
        var q = Catalog.Get("sipas-2017");

        var error = Assert.Throws<InvalidDataException>(() =>
            new Questionnaire("x", 1, "", "", "", q.Scale, FactorIndexMethod.FactorQuestion, q.Factors, q.Overall));

        Assert.Contains("factor-question", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeAnswerIds_Sipas2017_CompressedPerFactor()
    {
        var text = Catalog.Get("sipas-2017").DescribeAnswerIds();

        Assert.Equal("TC1..TC4, TT1..TT5, CC1..CC6, KQ1..KQ3, PA1..PA4", text);
    }
}
