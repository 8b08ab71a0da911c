package org.relsync.diagram.layout;

/** A rectangle in diagram coordinates (pixels at 100 %, y downwards). */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public Box moved(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /** Whether point (px, py) lies on this box's border, within {@code tolerance}. */
    public boolean onBorder(double px, double py, double tolerance) {
        boolean inX = px >= x - tolerance && px <= right() + tolerance;
        boolean inY = py >= y - tolerance && py <= bottom() + tolerance;
        boolean nearVertical = Math.abs(px - x) <= tolerance || Math.abs(px - right()) <= tolerance;
        boolean nearHorizontal = Math.abs(py - y) <= tolerance || Math.abs(py - bottom()) <= tolerance;
        return inX && inY && (nearVertical || nearHorizontal);
    }
}
