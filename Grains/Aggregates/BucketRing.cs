namespace Sipas.Grains.Aggregates;

/// <summary>
/// A ring of time buckets of equal width. Each slot remembers which bucket it holds, so rolling over needs no timer:
/// a slot is recycled when a newer bucket lands on it, and a query only counts slots whose bucket lies in its range
/// and within the ring's reach (the <see cref="Capacity"/> buckets up to the newest written).
/// Buckets are numbered from the epoch, shifted by <c>alignment</c> (7 hours for Hanoi days).
/// </summary>
internal sealed class BucketRing
{
    private const int Unused = int.MinValue;
    private readonly long _widthTicks;
    private readonly long _alignmentTicks;
    private readonly int[] _bucketIds;
    private readonly CounterBlock _counters;
    private int _newest = Unused;

    public BucketRing(TimeSpan width, TimeSpan alignment, int capacity, int cells)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _widthTicks = width.Ticks;
        _alignmentTicks = alignment.Ticks;
        _bucketIds = new int[capacity];
        Array.Fill(_bucketIds, Unused);
        _counters = new CounterBlock(capacity, cells);
    }

    public int Capacity => _bucketIds.Length;

    public long ByteSize => _counters.ByteSize + (_bucketIds.Length * sizeof(int)) + 64;

    public int BucketOf(DateTimeOffset instant) => checked((int)((instant.UtcTicks + _alignmentTicks) / _widthTicks));

    /// <summary>Whether buckets from <paramref name="from"/> on are still within reach at <paramref name="now"/>.</summary>
    public bool Covers(DateTimeOffset from, DateTimeOffset now) =>
        from != DateTimeOffset.MinValue && BucketOf(from) > BucketOf(now) - Capacity;

    /// <summary>Counts one response; a bucket older than the ring's reach is dropped (the coarser rings keep it).</summary>
    public void Add(DateTimeOffset instant, ReadOnlySpan<int> cells, int responseCell)
    {
        var slot = Claim(BucketOf(instant));
        if (slot < 0)
        {
            return;
        }

        _counters.Increment(slot, cells, responseCell);
    }

    /// <summary>Sums buckets in [from, to) into <paramref name="target"/>.</summary>
    public void SumInto(DateTimeOffset from, DateTimeOffset to, long[] target)
    {
        long first = from == DateTimeOffset.MinValue ? long.MinValue : BucketOf(from);
        long end = to == DateTimeOffset.MaxValue ? long.MaxValue : BucketOf(to);
        if (first != long.MinValue && end != long.MaxValue && end > first && end - first < _bucketIds.Length)
        {
            // A window narrower than the ring (30 days of 732): visit its buckets' slots only.
            for (var id = first; id < end; id++)
            {
                var slot = Slot((int)id);
                if (_bucketIds[slot] == id && IsRetained((int)id))
                {
                    _counters.AddRowTo(slot, target);
                }
            }

            return;
        }

        for (var slot = 0; slot < _bucketIds.Length; slot++)
        {
            var id = _bucketIds[slot];
            if (id != Unused && id >= first && id < end && IsRetained(id))
            {
                _counters.AddRowTo(slot, target);
            }
        }
    }

    /// <summary>Adds (sign +1) or subtracts (sign −1) another ring of the same shape, bucket by bucket.</summary>
    public void Combine(BucketRing other, int sign)
    {
        for (var otherSlot = 0; otherSlot < other._bucketIds.Length; otherSlot++)
        {
            var id = other._bucketIds[otherSlot];
            if (id == Unused)
            {
                continue;
            }

            var slot = sign > 0 ? Claim(id) : Find(id);
            for (var cell = 0; slot >= 0 && cell < _counters.Width; cell++)
            {
                var delta = other._counters.Get(otherSlot, cell);
                if (sign > 0)
                {
                    _counters.Add(slot, cell, delta);
                }
                else
                {
                    _counters.Subtract(slot, cell, delta);
                }
            }
        }
    }

    /// <summary>Null when subtracting <paramref name="other"/> keeps every count non-negative; else why not.</summary>
    public string? CheckSubtract(BucketRing other)
    {
        for (var otherSlot = 0; otherSlot < other._bucketIds.Length; otherSlot++)
        {
            var id = other._bucketIds[otherSlot];
            var slot = id == Unused ? -1 : Find(id);
            for (var cell = 0; id != Unused && cell < _counters.Width; cell++)
            {
                var delta = other._counters.Get(otherSlot, cell);
                var held = slot < 0 ? (IsRetained(id) ? 0UL : delta) : _counters.Get(slot, cell);
                if (delta > held)
                {
                    return $"bucket {id} cell {cell}: subtracting {delta} from {held}";
                }
            }
        }

        return null;
    }

    /// <summary>Writes the retained, non-empty buckets (id, then every counter) as 7-bit varints.</summary>
    public void Write(BinaryWriter writer)
    {
        var retained = Enumerable.Range(0, Capacity)
            .Where(slot => _bucketIds[slot] != Unused && IsRetained(_bucketIds[slot]) && !IsEmpty(slot))
            .ToList();
        writer.Write(_newest);
        writer.Write7BitEncodedInt(retained.Count);
        foreach (var slot in retained)
        {
            writer.Write(_bucketIds[slot]);
            for (var cell = 0; cell < _counters.Width; cell++)
            {
                writer.Write7BitEncodedInt64((long)_counters.Get(slot, cell));
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote into this (empty) ring of the same capacity.</summary>
    public void Read(BinaryReader reader)
    {
        var newest = reader.ReadInt32();
        var count = reader.Read7BitEncodedInt();
        for (var i = 0; i < count; i++)
        {
            var slot = Claim(reader.ReadInt32());
            for (var cell = 0; cell < _counters.Width; cell++)
            {
                _counters.Add(slot, cell, (ulong)reader.Read7BitEncodedInt64());
            }
        }

        _newest = newest;
    }

    private bool IsEmpty(int slot)
    {
        for (var cell = 0; cell < _counters.Width; cell++)
        {
            if (_counters.Get(slot, cell) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Within the ring's reach: the <see cref="Capacity"/> buckets up to the newest one written.</summary>
    private bool IsRetained(int id) => _newest == Unused || id > _newest - Capacity;

    private int Find(int id)
    {
        var slot = Slot(id);
        return _bucketIds[slot] == id && IsRetained(id) ? slot : -1;
    }

    /// <summary>The slot for bucket <paramref name="id"/>, recycling an older one; -1 if the bucket is out of reach.</summary>
    private int Claim(int id)
    {
        if (_newest != Unused && id <= _newest - Capacity)
        {
            return -1;
        }

        var slot = Slot(id);
        if (_bucketIds[slot] != id)
        {
            _counters.ClearRow(slot);
            _bucketIds[slot] = id;
        }

        _newest = _newest == Unused ? id : Math.Max(_newest, id);
        return slot;
    }

    private int Slot(int id) => (int)(((long)id % Capacity + Capacity) % Capacity);
}
