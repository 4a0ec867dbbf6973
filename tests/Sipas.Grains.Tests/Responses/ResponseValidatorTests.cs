using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Responses;

public sealed class ResponseValidatorTests
{
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 3, 0, 0, TimeSpan.Zero);
    private readonly ResponseValidator _validator = new(Tree, QuestionnaireCatalog.Embedded, new FakeTimeProvider(Now));

    private static SurveyResponse Valid => new(
        Guid.Parse("3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162"), "01.TTHCC.Q01", "sipas-2017", Now.AddMinutes(-10),
        ResponseChannels.Kiosk, new Dictionary<string, int> { ["TC1"] = 5, ["CC1"] = 4 }, Overall: 4);

    private static ResponseInput ValidInput => new(
        "3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162", "01001", "sipas-2017", Now, "web", [new("TC1", 5), new("TT1", 3)]);

    [Fact]
    public void Validate_ValidResponse_NoProblems()
    {
        var problems = _validator.Validate(Valid);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_EmptyId_ReportsId()
    {
        var problems = _validator.Validate(Valid with { Id = Guid.Empty });

        Assert.Equal("id", Assert.Single(problems).Field);
    }

    [Fact]
    public void Validate_UnknownUnit_ReportsUnit()
    {
        var problems = _validator.Validate(Valid with { Unit = "99999" });

        Assert.Equal("unit: unknown unit code '99999'", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_Province_DoesNotTakeResponses()
    {
        var problems = _validator.Validate(Valid with { Unit = "01" });

        var problem = Assert.Single(problems);
        Assert.Equal("unit", problem.Field);
        Assert.Contains("is a province, which does not take responses", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RetiredUnit_SaysWhereItWent()
    {
        var tree = Tree.Apply(new Merge("01002", "01001", new DateOnly(2025, 8, 1)));
        var validator = new ResponseValidator(tree, QuestionnaireCatalog.Embedded, new FakeTimeProvider(Now));

        var problems = validator.Validate(Valid with { Unit = "01002" });

        Assert.Equal("unit: unit '01002' was merged into '01001' on 2025-08-01; submit to the unit that serves today", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_UnknownQuestionnaire_ListsKnownOnes()
    {
        var problems = _validator.Validate(Valid with { Questionnaire = "sipas-1999" });

        Assert.Equal("questionnaire: unknown questionnaire 'sipas-1999' (known: sipas-2017, sipas-2023)", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_UnknownCriterion_ListsValidIds()
    {
        var problems = _validator.Validate(Valid with { Answers = new Dictionary<string, int> { ["TC9"] = 4 } });

        Assert.Equal(
            "answers.TC9: unknown criterion for questionnaire sipas-2017 (valid: TC1..TC4, TT1..TT5, CC1..CC6, KQ1..KQ3, PA1..PA4)",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_AnswerOutsideScale_SaysTheScale()
    {
        var problems = _validator.Validate(Valid with { Answers = new Dictionary<string, int> { ["TC1"] = 7 } });

        Assert.Equal("answers.TC1: 7 is outside the scale likert5 (1..5)", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_OverallOutsideScale_ReportsOverall()
    {
        var problems = _validator.Validate(Valid with { Overall = 0 });

        Assert.Equal("overall: 0 is outside the scale likert5 (1..5)", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_NoAnswers_ReportsAnswers()
    {
        var problems = _validator.Validate(Valid with { Answers = new Dictionary<string, int>() });

        Assert.Equal("answers", Assert.Single(problems).Field);
    }

    [Fact]
    public void Validate_ServedAtBeyondSkew_Future()
    {
        var problems = _validator.Validate(Valid with { ServedAt = Now.AddMinutes(6) });

        Assert.Contains("in the future", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ServedAtWithinSkew_Accepted()
    {
        var problems = _validator.Validate(Valid with { ServedAt = Now.AddMinutes(4) });

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_ServedAtOlderThanRetention_TooOld()
    {
        var problems = _validator.Validate(Valid with { ServedAt = Now.AddDays(-731) });

        Assert.Contains("older than the retention of 730 days", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LongComment_ReportsLengthAndLimit()
    {
        var problems = _validator.Validate(Valid with { Comment = new string('a', 2_001) });

        Assert.Equal("comment: 2,001 characters; the limit is 2,000", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_UnknownChannel_ListsChannels()
    {
        var problems = _validator.Validate(Valid with { Channel = "fax" });

        Assert.Equal("channel: unknown channel 'fax' (valid: kiosk, web, portal, zalo, paper, phone)", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var problems = _validator.Validate(Valid with { Id = Guid.Empty, Unit = "01", Channel = "fax", Answers = new Dictionary<string, int> { ["X"] = 1 } });

        Assert.Equal(["answers.X", "channel", "id", "unit"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_OptionsWithShorterLimits_Applied()
    {
        var options = new ResponseValidationOptions { MaxCommentLength = 10, MaxClockSkew = TimeSpan.Zero };
        var validator = new ResponseValidator(Tree, QuestionnaireCatalog.Embedded, new FakeTimeProvider(Now), options);

        var problems = validator.Validate(Valid with { Comment = "mười một ký", ServedAt = Now.AddSeconds(1) });

        Assert.Equal(["comment", "servedAt"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidateInput_Valid_GivesTypedResponse()
    {
        var problems = _validator.Validate(ValidInput, out var response);

        Assert.Empty(problems);
        Assert.NotNull(response);
        Assert.Equal(3, response.Answers["TT1"]);
    }

    [Fact]
    public void ValidateInput_DuplicateCriterion_Reported()
    {
        var problems = _validator.Validate(ValidInput with { Answers = [new("TC1", 5), new("TC1", 4)] }, out var response);

        Assert.Equal("answers.TC1: answered 2 times; give each criterion once", Assert.Single(problems).ToString());
        Assert.Null(response);
    }

    [Fact]
    public void ValidateInput_BadUuid_Reported()
    {
        var problems = _validator.Validate(ValidInput with { Id = "not-a-uuid" }, out _);

        Assert.Contains("is not a UUID", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateInput_MissingFields_EachReportedOnce()
    {
        var problems = _validator.Validate(new ResponseInput(null, null, null, null, null, null), out _);

        Assert.Equal(["answers", "channel", "id", "questionnaire", "servedAt", "unit"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidateInput_CommentWithPhone_TypedResponseIsScrubbed()
    {
        var problems = _validator.Validate(ValidInput with { Comment = "Gọi lại 0912 345 678" }, out var response);

        Assert.Empty(problems);
        Assert.Equal("Gọi lại [đã ẩn]", response!.Comment);
    }
}
