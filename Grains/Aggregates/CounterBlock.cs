namespace Sipas.Grains.Aggregates;

/// <summary>
/// A rows × width grid of exact non-negative counters stored as narrowly as the data allows: bytes first, widened
/// to 16, 32 and 64 bits the first time a counter would overflow (the whole block widens; no counter ever wraps).
/// Leaf units rarely pass 255 of one answer in one day; pooled parents widen once and stay wide.
/// </summary>
internal sealed class CounterBlock
{
    private byte[]? _u8;
    private ushort[]? _u16;
    private uint[]? _u32;
    private ulong[]? _u64;

    public CounterBlock(int rows, int width)
    {
        Rows = rows;
        Width = width;
        _u8 = new byte[rows * width];
    }

    public int Rows { get; }

    public int Width { get; }

    /// <summary>Bytes per counter: 1, 2, 4 or 8.</summary>
    public int CellBytes => _u8 is not null ? 1 : _u16 is not null ? 2 : _u32 is not null ? 4 : 8;

    public long ByteSize => (long)Rows * Width * CellBytes;

    public ulong Get(int row, int cell)
    {
        var i = (row * Width) + cell;
        return _u8 is not null ? _u8[i] : _u16 is not null ? _u16[i] : _u32 is not null ? _u32[i] : _u64![i];
    }

    public void Add(int row, int cell, ulong delta)
    {
        var value = checked(Get(row, cell) + delta);
        while (value > MaxValue)
        {
            Widen();
        }

        Set((row * Width) + cell, value);
    }

    /// <summary>Removes <paramref name="delta"/>; the caller has checked it does not exceed the count.</summary>
    public void Subtract(int row, int cell, ulong delta) => Set((row * Width) + cell, Get(row, cell) - delta);

    public void ClearRow(int row)
    {
        var start = row * Width;
        if (_u8 is not null)
        {
            Array.Clear(_u8, start, Width);
        }
        else if (_u16 is not null)
        {
            Array.Clear(_u16, start, Width);
        }
        else if (_u32 is not null)
        {
            Array.Clear(_u32, start, Width);
        }
        else
        {
            Array.Clear(_u64!, start, Width);
        }
    }

    /// <summary>Adds one row into <paramref name="target"/> (long[] of <see cref="Width"/>).</summary>
    public void AddRowTo(int row, long[] target)
    {
        for (var cell = 0; cell < Width; cell++)
        {
            target[cell] = checked(target[cell] + (long)Get(row, cell));
        }
    }

    private ulong MaxValue => _u8 is not null ? byte.MaxValue : _u16 is not null ? ushort.MaxValue : _u32 is not null ? uint.MaxValue : ulong.MaxValue;

    private void Set(int i, ulong value)
    {
        if (_u8 is not null)
        {
            _u8[i] = (byte)value;
        }
        else if (_u16 is not null)
        {
            _u16[i] = (ushort)value;
        }
        else if (_u32 is not null)
        {
            _u32[i] = (uint)value;
        }
        else
        {
            _u64![i] = value;
        }
    }

    private void Widen()
    {
        if (_u8 is not null)
        {
            _u16 = Array.ConvertAll(_u8, v => (ushort)v);
            _u8 = null;
        }
        else if (_u16 is not null)
        {
            _u32 = Array.ConvertAll(_u16, v => (uint)v);
            _u16 = null;
        }
        else
        {
            _u64 = Array.ConvertAll(_u32!, v => (ulong)v);
            _u32 = null;
        }
    }
}
