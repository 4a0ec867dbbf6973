using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Sipas.GraphQL.Execution;

/// <summary>Converts coerced argument values to the CLR types resolvers ask for.</summary>
internal static class ArgumentConverter
{
    public static T Convert<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        return value is null ? default! : (T)Convert(value, typeof(T))!;
    }

    private static object? Convert(object value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value))
        {
            return value;
        }

        if (underlying.IsEnum && value is string name)
        {
            return Enum.Parse(underlying, name, ignoreCase: true);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (value is object?[] items && TryConvertList(items, underlying, out var list))
        {
            return list;
        }

        // Input objects to records or classes: through JSON, which also handles nested lists and objects.
        var json = JsonSerializer.SerializeToElement(value);
        return json.Deserialize(underlying, JsonOptions);
    }

    private static bool TryConvertList(object?[] items, Type target, out object? result)
    {
        var elementType = target.IsArray ? target.GetElementType() : target.IsGenericType ? target.GetGenericArguments()[0] : null;
        result = null;
        if (elementType is null || !(target.IsArray || target.IsAssignableFrom(typeof(List<>).MakeGenericType(elementType))))
        {
            return false;
        }

        var array = Array.CreateInstance(elementType, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i] is null ? null : Convert(items[i]!, elementType), i);
        }

        if (target.IsArray)
        {
            result = array;
            return true;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in array)
        {
            list.Add(item);
        }

        result = list;
        return true;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}
