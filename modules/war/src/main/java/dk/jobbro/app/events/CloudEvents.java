package dk.jobbro.app.events;

import dk.jobbro.api.shared.json.Jsonp;

/** A CloudEvent as the JSON body of a webhook delivery (structured content mode). */
final class CloudEvents {

  static final String MEDIA_TYPE = "application/cloudevents+json";

  private CloudEvents() {}

  static String json(CloudEvent e) {
    return Jsonp.PROVIDER.createObjectBuilder().add("specversion", e.specversion()).add("id", e.id()).add("source", e.source())
        .add("type", e.type()).add("subject", e.subject()).add("time", e.time().toString())
        .add("datacontenttype", e.datacontenttype()).add("data", e.data()).build().toString();
  }
}
