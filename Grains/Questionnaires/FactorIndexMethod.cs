namespace Sipas.Grains.Questionnaires;

/// <summary>How a factor index is computed (configurable per questionnaire; DOMAIN.md).</summary>
public enum FactorIndexMethod
{
    /// <summary>The mean of the factor's criterion indexes (the default, QĐ 2640).</summary>
    MeanOfCriteria,

    /// <summary>The satisfied share of the factor's own question (some provinces' practice).</summary>
    FactorQuestion,
}
