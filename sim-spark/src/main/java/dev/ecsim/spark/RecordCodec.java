package dev.ecsim.spark;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Writes a record (a run's {@link dev.ecsim.metrics.Summary}) as binary, component by component
 * through its own record components, and reads it back through its canonical constructor: the
 * typed figures travel from a Spark task to the driver whole, doubles bit for bit and maps in
 * their order, without the summary having to be {@link java.io.Serializable} and without its JSON.
 * A component added to the record travels with no change here; one of a type not listed below
 * fails loudly, naming it.
 *
 * <p>Types: the primitives and their boxes, String, enums, records of these, Lists, Maps and
 * Optionals of these, OptionalDouble and OptionalLong (a null where a reference may be one).
 */
final class RecordCodec {
  private RecordCodec() {}

  static void write(Object value, Type type, DataOutput out) throws IOException {
    Class<?> raw = raw(type);
    if (raw.isPrimitive()) {
      writePrimitive(value, raw, out);
      return;
    }
    out.writeBoolean(value != null);
    if (value == null) {
      return;
    }
    if (raw == String.class) {
      writeString((String) value, out);
    } else if (raw == Integer.class || raw == Long.class || raw == Double.class || raw == Boolean.class
        || raw == Float.class || raw == Short.class || raw == Byte.class || raw == Character.class) {
      writePrimitive(value, primitiveOf(raw), out);
    } else if (raw.isEnum()) {
      out.writeInt(((Enum<?>) value).ordinal());
    } else if (raw == Optional.class) {
      Optional<?> optional = (Optional<?>) value;
      out.writeBoolean(optional.isPresent());
      if (optional.isPresent()) {
        write(optional.get(), argument(type, 0), out);
      }
    } else if (raw == OptionalDouble.class) {
      OptionalDouble optional = (OptionalDouble) value;
      out.writeBoolean(optional.isPresent());
      if (optional.isPresent()) {
        out.writeLong(Double.doubleToRawLongBits(optional.getAsDouble()));
      }
    } else if (raw == OptionalLong.class) {
      OptionalLong optional = (OptionalLong) value;
      out.writeBoolean(optional.isPresent());
      if (optional.isPresent()) {
        out.writeLong(optional.getAsLong());
      }
    } else if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        write(get(c, value), c.getGenericType(), out);
      }
    } else if (List.class.isAssignableFrom(raw)) {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object e : list) {
        write(e, argument(type, 0), out);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        write(e.getKey(), argument(type, 0), out);
        write(e.getValue(), argument(type, 1), out);
      }
    } else {
      throw unsupported(type);
    }
  }

  static Object read(Type type, DataInput in) throws IOException {
    Class<?> raw = raw(type);
    if (raw.isPrimitive()) {
      return readPrimitive(raw, in);
    }
    if (!in.readBoolean()) {
      return null;
    }
    if (raw == String.class) {
      return readString(in);
    } else if (raw == Integer.class || raw == Long.class || raw == Double.class || raw == Boolean.class
        || raw == Float.class || raw == Short.class || raw == Byte.class || raw == Character.class) {
      return readPrimitive(primitiveOf(raw), in);
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[in.readInt()];
    } else if (raw == Optional.class) {
      return in.readBoolean() ? Optional.ofNullable(read(argument(type, 0), in)) : Optional.empty();
    } else if (raw == OptionalDouble.class) {
      return in.readBoolean() ? OptionalDouble.of(Double.longBitsToDouble(in.readLong())) : OptionalDouble.empty();
    } else if (raw == OptionalLong.class) {
      return in.readBoolean() ? OptionalLong.of(in.readLong()) : OptionalLong.empty();
    } else if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = read(components[i].getGenericType(), in);
      }
      return construct(raw, components, values);
    } else if (List.class.isAssignableFrom(raw)) {
      int size = in.readInt();
      List<Object> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(read(argument(type, 0), in));
      }
      return list;
    } else if (Map.class.isAssignableFrom(raw)) {
      int size = in.readInt();
      // In the order written: the summary's maps are sorted by name, and read back they iterate so.
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        Object key = read(argument(type, 0), in);
        map.put(key, read(argument(type, 1), in));
      }
      return map;
    }
    throw unsupported(type);
  }

  private static void writePrimitive(Object value, Class<?> p, DataOutput out) throws IOException {
    if (p == int.class) {
      out.writeInt((Integer) value);
    } else if (p == long.class) {
      out.writeLong((Long) value);
    } else if (p == double.class) {
      // The bits, so NaN and -0.0 come back as they went.
      out.writeLong(Double.doubleToRawLongBits((Double) value));
    } else if (p == boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (p == float.class) {
      out.writeInt(Float.floatToRawIntBits((Float) value));
    } else if (p == short.class) {
      out.writeShort((Short) value);
    } else if (p == byte.class) {
      out.writeByte((Byte) value);
    } else {
      out.writeChar((Character) value);
    }
  }

  private static Object readPrimitive(Class<?> p, DataInput in) throws IOException {
    if (p == int.class) {
      return in.readInt();
    } else if (p == long.class) {
      return in.readLong();
    } else if (p == double.class) {
      return Double.longBitsToDouble(in.readLong());
    } else if (p == boolean.class) {
      return in.readBoolean();
    } else if (p == float.class) {
      return Float.intBitsToFloat(in.readInt());
    } else if (p == short.class) {
      return in.readShort();
    } else if (p == byte.class) {
      return in.readByte();
    }
    return in.readChar();
  }

  /** Strings of any length (writeUTF stops at 64 KiB): the UTF-8 bytes after their count. */
  private static void writeString(String s, DataOutput out) throws IOException {
    byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInput in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Class<?> primitiveOf(Class<?> box) {
    return box == Integer.class ? int.class : box == Long.class ? long.class : box == Double.class ? double.class
        : box == Boolean.class ? boolean.class : box == Float.class ? float.class : box == Short.class ? short.class
        : box == Byte.class ? byte.class : char.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw unsupported(type);
  }

  private static Type argument(Type type, int i) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[i];
    }
    throw unsupported(type);
  }

  private static Object get(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getDeclaringRecord().getName() + "." + c.getName(), e);
    }
  }

  private static Object construct(Class<?> raw, RecordComponent[] components, Object[] values) {
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = raw.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + raw.getName(), e);
    }
  }

  private static IllegalArgumentException unsupported(Type type) {
    return new IllegalArgumentException(type.getTypeName() + " is not a type " + RecordCodec.class.getSimpleName()
        + " carries; add it there");
  }
}
