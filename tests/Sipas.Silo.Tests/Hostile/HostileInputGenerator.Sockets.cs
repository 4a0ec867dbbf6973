using System.Text;
using Sipas.GraphQL.WebSockets;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>Hostile graphql-transport-ws conversations on <c>/graphql</c>.</summary>
internal sealed partial class HostileInputGenerator
{
    private const int BadRequest = GraphQLTransportWsCloseCodes.BadRequest;
    private const string Init = "{\"type\":\"connection_init\"}";

    private IEnumerable<HostileSocketCase> SocketCasesCore()
    {
        for (var i = 0; i < 300; i++)
        {
            var junk = Pick(["", "{", "not json", "[]", "null", "42", "\"connection_init\"", "{\"type\":1}", "{\"type\":null}", "{\"typ\":\"connection_init\"}", "{\"type\":\"connection_init\"", "\u0000"]);
            yield return Socket("sockets.bad-json", i % 2 == 0 ? [junk] : [Init, junk], [BadRequest], allowOpen: false);
        }

        for (var i = 0; i < 100; i++)
        {
            var type = Pick(["start", "stop", "connection_terminate", "ka", "data", "next", "error", "connection_ack", "CONNECTION_INIT", "subscribe ", "", new string('t', 5_000)]);
            yield return Socket("sockets.unknown-types", i % 2 == 0 ? [$"{{\"type\":{Quote(type)},\"id\":\"1\"}}"] : [Init, $"{{\"type\":{Quote(type)}}}"], [BadRequest], allowOpen: false);
        }

        for (var i = 0; i < 80; i++)
        {
            yield return Socket("sockets.subscribe-before-init", [Subscribe("1", "{ __typename }")], [GraphQLTransportWsCloseCodes.Unauthorized], allowOpen: false);
        }

        for (var i = 0; i < 80; i++)
        {
            // The first operation may have finished before the second arrives (then both run): 4409 or two answers.
            var document = Pick(["{ __typename }", "subscription { nope }", "query { __schema { types { name } } }"]);
            yield return Socket("sockets.duplicate-ids", [Init, Subscribe("dup", document), Subscribe("dup", document)], [GraphQLTransportWsCloseCodes.SubscriberAlreadyExists], allowOpen: true);
        }

        for (var i = 0; i < 50; i++)
        {
            var size = (1024 * 1024) + _random.Next(1, 300_000);
            var frame = i % 2 == 0
                ? SocketFrame.Text(Subscribe("big", "{ __typename }" + new string(' ', size)))
                : new SocketFrame(Encoding.UTF8.GetBytes(new string('x', size)));
            yield return new HostileSocketCase("sockets.huge-frames", i % 3 == 0 ? [frame] : [SocketFrame.Text(Init), frame], [1009], AllowOpen: false);
        }

        for (var i = 0; i < 60; i++)
        {
            var bytes = new byte[_random.Next(0, 2_000)];
            _random.NextBytes(bytes);
            yield return new HostileSocketCase("sockets.binary-frames", i % 2 == 0 ? [new SocketFrame(bytes, Binary: true)] : [SocketFrame.Text(Init), new SocketFrame(Encoding.UTF8.GetBytes(Init), Binary: true)], [BadRequest], AllowOpen: false);
        }

        for (var i = 0; i < 60; i++)
        {
            yield return Socket("sockets.init-twice", [Init, Pick([Init, "{\"type\":\"connection_init\",\"payload\":{}}"])], [GraphQLTransportWsCloseCodes.TooManyInitialisationRequests], allowOpen: false);
        }

        for (var i = 0; i < 100; i++)
        {
            var message = (i % 10) switch
            {
                0 => "{\"type\":\"subscribe\"}",
                1 => "{\"type\":\"subscribe\",\"id\":\"1\"}",
                2 => "{\"type\":\"subscribe\",\"id\":1,\"payload\":{\"query\":\"{ __typename }\"}}",
                3 => "{\"type\":\"subscribe\",\"id\":\"\",\"payload\":{\"query\":\"{ __typename }\"}}",
                4 => "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":42}}",
                5 => "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ __typename }\",\"variables\":[1]}}",
                6 => "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":\"{ __typename }\"}",
                7 => "{\"type\":\"complete\"}",
                8 => "{\"type\":\"subscribe\",\"id\":\"\\ud800\",\"payload\":{\"query\":\"{ __typename }\"}}",
                _ => "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ __typename }\",\"operationName\":7}}",
            };
            yield return Socket("sockets.bad-messages", [Init, message], [BadRequest], allowOpen: false);
        }

        for (var i = 0; i < 80; i++)
        {
            // Bad documents and variables are errors for that operation; the connection stays open.
            var document = Pick(["{", "{ nope }", "subscription { __typename }", "query($v: Int!) { __typename }", "{ " + string.Concat(Enumerable.Repeat("a{", 40)) + "b" + new string('}', 40) + " }", "{ __typename }"]);
            yield return Socket("sockets.bad-operations", [Init, Subscribe(i.ToString(System.Globalization.CultureInfo.InvariantCulture), document), "{\"type\":\"complete\",\"id\":\"unknown\"}"], [], allowOpen: true);
        }

        for (var i = 0; i < 60; i++)
        {
            var payload = Pick(["{\"type\":\"connection_init\",\"payload\":\"Bearer x\"}", "{\"type\":\"connection_init\",\"payload\":[1]}", "{\"type\":\"connection_init\",\"payload\":42}"]);
            var refused = Pick(["{\"type\":\"connection_init\",\"payload\":{\"authorization\":\"Bearer sipas_nope_nope\"}}", "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":42}}", "{\"type\":\"connection_init\",\"payload\":{\"authorization\":\"\"}}"]);
            yield return i % 2 == 0
                ? Socket("sockets.bad-init", [payload], [BadRequest], allowOpen: false)
                : Socket("sockets.bad-init", [refused], [GraphQLTransportWsCloseCodes.Forbidden], allowOpen: false, sendKey: false);
        }

        for (var i = 0; i < 40; i++)
        {
            var depth = _random.Next(65, 2_000);
            var nested = "{\"type\":\"connection_init\",\"payload\":{\"a\":" + new string('[', depth) + new string(']', depth) + "}}";
            yield return Socket("sockets.deep-json", [nested], [BadRequest], allowOpen: false);
        }
    }

    private static string Subscribe(string id, string document) =>
        $"{{\"type\":\"subscribe\",\"id\":{Quote(id)},\"payload\":{{\"query\":{Quote(document)}}}}}";

    private static HostileSocketCase Socket(string category, IReadOnlyList<string> frames, IReadOnlyList<int> closeCodes, bool allowOpen, bool sendKey = true) =>
        new(category, [.. frames.Select(SocketFrame.Text)], closeCodes, allowOpen, sendKey);
}
