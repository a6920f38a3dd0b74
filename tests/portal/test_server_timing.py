from django.test import override_settings

from portal.server_timing import ServerTimingMiddleware


def test_no_server_timing_header_by_default(client, seeded):
    assert "Server-Timing" not in client.get("/nl/").headers


@override_settings(SERVER_TIMING=True)
def test_server_timing_header_when_switched_on(rf, seeded):
    def view(request):
        from django.http import HttpResponse

        return HttpResponse("ok")

    response = ServerTimingMiddleware(view)(rf.get("/nl/"))

    name, duration = response["Server-Timing"].split(";dur=")
    assert name == "app"
    assert float(duration) >= 0
