package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.CommandResult;
import com.oom.core.order.Appointment;
import com.oom.handlers.api.ApiRequests.AppointmentRequest;
import com.oom.handlers.api.ApiRoute;

/** {@code POST /orders/{orderId}/appointments}: answers with the order's appointment. */
final class AppointmentsRoute implements Route {
  private final BookAppointment useCase;

  AppointmentsRoute(BookAppointment useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.APPOINTMENTS;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    AppointmentRequest body = call.body(AppointmentRequest.class).validated();
    Appointment appointment =
        new Appointment(body.date(), body.windowStart(), body.windowEnd(), body.kind());
    CommandResult result =
        useCase.handle(
            new BookAppointment.Command(
                call.commandId(), orderId, call.caller().acting(), appointment, body.comment()));
    return CommandAnswer.of(route(), result, null, result.order().details().appointment(), null);
  }
}
