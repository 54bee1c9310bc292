package com.oom.core.sms;

import com.oom.core.order.TouchPoint;
import java.util.EnumMap;
import java.util.Map;

/**
 * The wording of every default message, in English and French. Each touch-point template names its
 * sender ({@code {storeName}}), carries the order number and ends with the opt-out line. None asks
 * the guest to reply with anything but C, R, STOP/ARRET or START/ABONNER: CANCEL and ANNULER are
 * opt-out words for carriers, so a guest told to reply CANCEL would unsubscribe. The fixed wording
 * uses only the GSM 7-bit alphabet (no "ç", "ê", "û"...), which keeps segments at 153 characters
 * instead of 67.
 */
final class DefaultSmsTexts {

  static final String ENGLISH_OPT_OUT_LINE = "Reply STOP to opt out.";
  static final String FRENCH_OPT_OUT_LINE = "Répondez ARRET pour vous désabonner.";

  private static final String ENGLISH_GREETING = "Hi {guestFirstName}, this is {storeName}. ";
  private static final String FRENCH_GREETING = "Bonjour {guestFirstName}, ici {storeName}. ";
  private static final String ENGLISH_CONFIRM_OR_RESCHEDULE =
      "Reply C to confirm or R to reschedule. ";
  private static final String FRENCH_CONFIRM_OR_RESCHEDULE =
      "Répondez C pour confirmer ou R pour changer la date. ";

  private DefaultSmsTexts() {}

  static Map<TouchPoint, String> english() {
    Map<TouchPoint, String> templates = new EnumMap<>(TouchPoint.class);
    templates.put(
        TouchPoint.MERCHANDISE_AVAILABLE,
        "Good news: the merchandise for order {orderId} has arrived."
            + " Call us or reply to book your delivery or pick-up. ");
    templates.put(
        TouchPoint.APPOINTMENT_BOOKED,
        "Your appointment for order {orderId} is booked for {date}"
            + " between {windowStart} and {windowEnd}. "
            + ENGLISH_CONFIRM_OR_RESCHEDULE);
    templates.put(
        TouchPoint.APPOINTMENT_REMINDER,
        "Reminder: your appointment for order {orderId} is on {date}"
            + " between {windowStart} and {windowEnd}. "
            + ENGLISH_CONFIRM_OR_RESCHEDULE);
    templates.put(
        TouchPoint.TIME_FRAME,
        "For order {orderId} on {date}, our delivery team or technician will arrive"
            + " between {windowStart} and {windowEnd}. ");
    templates.put(
        TouchPoint.REVISED_ATP,
        "The merchandise for order {orderId} is now expected to be available on {date}."
            + " We are sorry for the delay. ");
    templates.put(
        TouchPoint.MISSED_APPOINTMENT,
        "We missed you at your appointment for order {orderId}."
            + " Reply R or call us to rebook. ");
    templates.put(
        TouchPoint.BALANCE_DUE,
        "A balance of {balanceDue} is owing on order {orderId}."
            + " Please call us to pay it so we can complete your order. ");
    templates.put(
        TouchPoint.TRANSFER_ARRIVED,
        "Good news: the merchandise for order {orderId} has been transferred and has arrived at"
            + " {storeName}. Call us or reply to book your delivery or pick-up. ");
    templates.replaceAll((touchPoint, body) -> ENGLISH_GREETING + body + ENGLISH_OPT_OUT_LINE);
    return templates;
  }

  static Map<TouchPoint, String> french() {
    Map<TouchPoint, String> templates = new EnumMap<>(TouchPoint.class);
    templates.put(
        TouchPoint.MERCHANDISE_AVAILABLE,
        "Bonne nouvelle : la marchandise de la commande {orderId} est arrivée."
            + " Appelez-nous ou répondez à ce message pour planifier la livraison ou la"
            + " cueillette. ");
    templates.put(
        TouchPoint.APPOINTMENT_BOOKED,
        "Votre rendez-vous pour la commande {orderId} est prévu le {date}"
            + " entre {windowStart} et {windowEnd}. "
            + FRENCH_CONFIRM_OR_RESCHEDULE);
    templates.put(
        TouchPoint.APPOINTMENT_REMINDER,
        "Rappel : votre rendez-vous pour la commande {orderId} est le {date}"
            + " entre {windowStart} et {windowEnd}. "
            + FRENCH_CONFIRM_OR_RESCHEDULE);
    templates.put(
        TouchPoint.TIME_FRAME,
        "Pour la commande {orderId} le {date}, notre équipe de livraison ou le technicien"
            + " arrivera entre {windowStart} et {windowEnd}. ");
    templates.put(
        TouchPoint.REVISED_ATP,
        "La nouvelle date de disponibilité prévue de la marchandise de la commande {orderId}"
            + " est le {date}. Nous sommes désolés du retard. ");
    templates.put(
        TouchPoint.MISSED_APPOINTMENT,
        "Votre rendez-vous pour la commande {orderId} n'a pas pu avoir lieu en votre absence."
            + " Répondez R ou appelez-nous pour fixer une nouvelle date. ");
    templates.put(
        TouchPoint.BALANCE_DUE,
        "Un solde de {balanceDue} reste à payer sur la commande {orderId}."
            + " Appelez-nous pour le régler afin que nous puissions finaliser votre commande. ");
    templates.put(
        TouchPoint.TRANSFER_ARRIVED,
        "Bonne nouvelle : la marchandise de la commande {orderId} a été transférée et est arrivée"
            + " à {storeName}. Appelez-nous ou répondez à ce message pour planifier la livraison ou"
            + " la cueillette. ");
    templates.replaceAll((touchPoint, body) -> FRENCH_GREETING + body + FRENCH_OPT_OUT_LINE);
    return templates;
  }

  static String englishHelp() {
    return "Order text updates from your furniture and appliance store."
        + " For help, call the store on your invoice or reply with your question."
        + " Msg & data rates may apply. "
        + ENGLISH_OPT_OUT_LINE;
  }

  static String frenchHelp() {
    return "Avis texte sur vos commandes de votre magasin de meubles et d'électroménagers."
        + " Pour de l'aide, appelez le magasin indiqué sur votre facture ou répondez avec votre"
        + " question. Des frais de messagerie et de données peuvent s'appliquer. "
        + FRENCH_OPT_OUT_LINE;
  }

  static String englishOptOutConfirmation() {
    return "You are unsubscribed from order text messages and will receive no more messages."
        + " Reply START to subscribe again.";
  }

  static String frenchOptOutConfirmation() {
    return "Votre désabonnement des textos sur vos commandes est confirmé : vous ne recevrez"
        + " plus de messages. Répondez ABONNER pour vous réabonner.";
  }
}
