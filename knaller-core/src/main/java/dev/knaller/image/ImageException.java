package dev.knaller.image;

import dev.knaller.KnallerException;

/** A guest image could not be built, read or prepared; the message names what and the remedy. */
public class ImageException extends KnallerException {
  private static final long serialVersionUID = 1L;

  public ImageException(String message) {
    super(message);
  }

  public ImageException(String message, Throwable cause) {
    super(message, cause);
  }
}
