using TravelCorridor.Messaging.Bus;

namespace TravelCorridor.Messaging.Tests;

public sealed class RabbitMqSettingsTests
{
    [Fact]
    public void Credentials_port_and_virtual_host_are_read_from_the_uri()
    {
        var settings = RabbitMqSettings.Parse("amqp://node%40sg:s3cr%3At@broker.sg.example:5673/corridor");
        Assert.Equal(("node@sg", "s3cr:t"), (settings.Username, settings.Password));
        Assert.Equal("rabbitmq://broker.sg.example:5673/corridor", settings.Host.ToString());
    }

    [Fact]
    public void A_uri_without_credentials_uses_guest_and_the_default_port()
    {
        var settings = RabbitMqSettings.Parse("amqp://localhost");
        Assert.Equal(("guest", "guest"), (settings.Username, settings.Password));
        Assert.Equal(5672, settings.Host.Port);
    }

    [Theory]
    [InlineData("localhost:5672")]
    [InlineData("http://localhost")]
    public void Anything_but_an_amqp_uri_is_refused_with_the_setting_named(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => RabbitMqSettings.Parse(value));
        Assert.Contains("ConnectionStrings:RabbitMq", error.Message);
    }
}
