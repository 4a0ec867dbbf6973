using Sipas.Grains.Responses;

namespace Sipas.Grains.Tests.Responses;

public sealed class CommentScrubberTests
{
    [Theory]
    [InlineData("Gọi tôi 0912345678 nhé", "Gọi tôi [đã ẩn] nhé")]
    [InlineData("sđt: 0912 345 678.", "sđt: [đã ẩn].")]
    [InlineData("0912.345.678", "[đã ẩn]")]
    [InlineData("0912-345-678", "[đã ẩn]")]
    [InlineData("+84 912 345 678", "[đã ẩn]")]
    [InlineData("+84912345678", "[đã ẩn]")]
    [InlineData("0084 912 345 678", "[đã ẩn]")]
    [InlineData("ĐT bàn 024 3825 1234 giờ hành chính", "ĐT bàn [đã ẩn] giờ hành chính")]
    [InlineData("02438251234", "[đã ẩn]")]
    [InlineData("CCCD 001099012345 của tôi", "CCCD [đã ẩn] của tôi")]
    [InlineData("số 079203001234,", "số [đã ẩn],")]
    public void Scrub_PersonalNumbers_Replaced(string comment, string expected)
    {
        var scrubbed = CommentScrubber.Scrub(comment);

        Assert.Equal(expected, scrubbed);
    }

    [Theory]
    [InlineData("Ngày 01-07-2025 tôi nộp hồ sơ")]
    [InlineData("hẹn 03.07.2025 08:30 trả kết quả")]
    [InlineData("Mã hồ sơ 000.00.24.H26-250701-0003")]
    [InlineData("hồ sơ H26.12-250701-0012345")]
    [InlineData("chờ 45 phút, quầy số 3, phí 50.000 đồng")]
    [InlineData("số 0123")]
    [InlineData("mã 0912345678AB")]
    [InlineData("năm 2025 và 2026")]
    public void Scrub_OrdinaryNumbers_Kept(string comment)
    {
        var scrubbed = CommentScrubber.Scrub(comment);

        Assert.Equal(comment, scrubbed);
    }

    [Fact]
    public void Scrub_Null_Null()
    {
        var scrubbed = CommentScrubber.Scrub(null);

        Assert.Null(scrubbed);
    }
}
