using TravelCorridor.Contracts.Membership;
using TravelCorridor.Messaging.Bus;

namespace TravelCorridor.Messaging.Tests;

public sealed class EndpointNamesTests
{
    [Fact]
    public void Queue_names_carry_the_member_the_service_and_the_event()
    {
        Assert.Equal("sg-membership-member-state-status-changed", EndpointNames.For("sg", "membership", typeof(MemberStateStatusChanged)));
    }
}
