namespace Sipas.Grains.Aggregates;

/// <summary>
/// A rows × width grid of exact non-negative counters, one byte each, where a ROW that would overflow a byte moves
/// to its own 64-bit array (no counter ever wraps). Widening is per row, so one busy day widens that day only and
/// the wide row is dropped again when its ring slot is recycled. Leaf units rarely pass 255 of one answer to one
/// question in one bucket; pooled parents do, and pay 8 bytes per counter on those rows.
/// </summary>
internal sealed class CounterBlock
{
    private readonly byte[] _narrow;
    private long[]?[]? _wide;
    private int _wideRows;

    public CounterBlock(int rows, int width)
    {
        Rows = rows;
        Width = width;
        _narrow = new byte[rows * width];
    }

    public int Rows { get; }

    public int Width { get; }

    /// <summary>Rows currently held at 64 bits.</summary>
    public int WideRows => _wideRows;

    /// <summary>Approximate bytes: the byte grid, the row table once any row widened, and the wide rows.</summary>
    public long ByteSize =>
        _narrow.Length + (_wide is null ? 0 : (Rows * (long)IntPtr.Size) + 24) + (_wideRows * ((Width * 8L) + 24));

    public ulong Get(int row, int cell) =>
        _wide?[row] is { } wide ? (ulong)wide[cell] : _narrow[(row * Width) + cell];

    public void Add(int row, int cell, ulong delta)
    {
        if (_wide?[row] is { } wide)
        {
            wide[cell] = checked(wide[cell] + (long)delta);
            return;
        }

        var i = (row * Width) + cell;
        var value = _narrow[i] + delta;
        if (value <= byte.MaxValue)
        {
            _narrow[i] = (byte)value;
            return;
        }

        Widen(row)[cell] = checked((long)value);
    }

    /// <summary>Adds one to each of <paramref name="cells"/> and to <paramref name="extraCell"/> in one row (the hot path).</summary>
    public void Increment(int row, ReadOnlySpan<int> cells, int extraCell)
    {
        var start = row * Width;
        if (_wide?[row] is null && _narrow[start + extraCell] < byte.MaxValue && !AnyFull(start, cells))
        {
            foreach (var cell in cells)
            {
                _narrow[start + cell]++;
            }

            _narrow[start + extraCell]++;
            return;
        }

        foreach (var cell in cells)
        {
            Add(row, cell, 1);
        }

        Add(row, extraCell, 1);
    }

    /// <summary>Removes <paramref name="delta"/>; the caller has checked it does not exceed the count.</summary>
    public void Subtract(int row, int cell, ulong delta)
    {
        if (_wide?[row] is { } wide)
        {
            wide[cell] -= (long)delta;
        }
        else
        {
            _narrow[(row * Width) + cell] -= (byte)delta;
        }
    }

    public void ClearRow(int row)
    {
        Array.Clear(_narrow, row * Width, Width);
        if (_wide?[row] is not null)
        {
            _wide[row] = null;
            _wideRows--;
        }
    }

    /// <summary>Adds one row into <paramref name="target"/> (long[] of at least <see cref="Width"/>).</summary>
    public void AddRowTo(int row, long[] target)
    {
        if (_wide?[row] is { } wide)
        {
            for (var cell = 0; cell < Width; cell++)
            {
                target[cell] = checked(target[cell] + wide[cell]);
            }

            return;
        }

        var start = row * Width;
        for (var cell = 0; cell < Width; cell++)
        {
            target[cell] += _narrow[start + cell];
        }
    }

    private bool AnyFull(int start, ReadOnlySpan<int> cells)
    {
        foreach (var cell in cells)
        {
            if (_narrow[start + cell] == byte.MaxValue)
            {
                return true;
            }
        }

        return false;
    }

    private long[] Widen(int row)
    {
        _wide ??= new long[Rows][];
        var wide = new long[Width];
        var start = row * Width;
        for (var cell = 0; cell < Width; cell++)
        {
            wide[cell] = _narrow[start + cell];
        }

        Array.Clear(_narrow, start, Width);
        _wide[row] = wide;
        _wideRows++;
        return wide;
    }
}
